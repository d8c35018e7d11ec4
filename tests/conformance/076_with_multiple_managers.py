# Checks: several context managers in one with statement: enter in order, exit in reverse, even on error.
class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


with Step("A") as a, Step("B") as b:
    print("inside with", a.name, b.name)

try:
    with Step("outer"):
        with Step("inner"):
            raise KeyError("문제 발생")
except KeyError as e:
    print("handled", e)

with (Step("paren-1") as p1,
      Step("paren-2")):
    print("parenthesized", p1.name)
