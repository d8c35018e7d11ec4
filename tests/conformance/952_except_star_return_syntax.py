# Checks: 'return' inside an except* clause is a SyntaxError in 3.11 (the whole script fails to compile, nothing prints).

print("never printed: the file does not compile")


def first_error(results):
    try:
        raise ExceptionGroup("results", results)
    except* ValueError as eg:
        return eg.exceptions[0]
