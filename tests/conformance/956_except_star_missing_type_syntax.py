# Checks: 'except*' needs exception types: CPython's "expected one or more exception types".

try:
    risky = 1 / 0
except*:
    print("caught")
