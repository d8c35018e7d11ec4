# Checks: a block header with no indented body is "expected an indented block after ..." IndentationError.
scores = [90, 80, 70]
for s in scores:
    if s > 75:
    print(s)
