# Checks: NameError messages for undefined globals, names used before assignment, and free variables.
try:
    print(undefined_variable)
except NameError as e:
    print("1:", e)


def use_later():
    return helper()

try:
    use_later()
except NameError as e:
    print("2:", e)


def helper():
    return "이제 정의됨"

print("3:", use_later())

try:
    del never_defined
except NameError as e:
    print("4:", e)

print(type(NameError("x")).__mro__[1].__name__)
