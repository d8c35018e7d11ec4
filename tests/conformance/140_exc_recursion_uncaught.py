# Checks: an uncaught RecursionError traceback, with CPython's "[Previous line repeated N more times]" summary.
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)


countdown(0)
