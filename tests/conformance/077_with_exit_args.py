# Checks: the three arguments passed to __exit__, selective suppression, and the with target binding.
class Guard:
    def __init__(self, allowed):
        self.allowed = allowed

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("정상 종료, traceback is None:", traceback is None)
            return False
        print("exit got:", exc_type.__name__, repr(exc_value), traceback is not None)
        return issubclass(exc_type, self.allowed)


with Guard(ValueError) as g:
    print("guard allows", g.allowed.__name__)

with Guard(ValueError):
    int("숫자 아님")
print("ValueError suppressed")

try:
    with Guard(ValueError):
        [].pop()
except IndexError as e:
    print("IndexError escaped:", e)


def early_return():
    with Guard(Exception):
        return "returned from with"

print(early_return())
