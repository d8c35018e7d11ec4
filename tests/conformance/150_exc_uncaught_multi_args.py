# Checks: an uncaught exception with several args prints the args tuple; one with no args prints just the name.
def check(items):
    if not items:
        raise LookupError
    for i, item in enumerate(items):
        if item < 0:
            raise ValueError("음수 발견", i, item)
    return True


print(check([1, 2]))
try:
    check([])
except LookupError as e:
    print("caught", repr(e), str(e) == "")
check([3, -4])
