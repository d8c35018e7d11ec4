# Checks: 'continue' (and 'break') leaving an except* clause for the enclosing loop is a SyntaxError in 3.11.

jobs = [[ValueError("a")], [TypeError("b")]]
for errors in jobs:
    try:
        raise ExceptionGroup("job", errors)
    except* ValueError:
        print("skip this job")
        continue
    print("job done")
