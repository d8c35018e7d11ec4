# Checks: contextlib.suppress with one and several exception types, code after the error is skipped, other errors still propagate.
from contextlib import suppress

data = {"a": 1}
with suppress(KeyError):
    print("before")
    print(data["b"])
    print("skipped")
print("after first block")
for text in ["10", "x", "3"]:
    with suppress(ValueError, TypeError):
        print(int(text) * 2)
with suppress(ZeroDivisionError):
    1 / 0
print("division ignored")
with suppress():
    print("suppress() with nothing")
with suppress(Exception):
    raise RuntimeError("삼켜짐")
print("RuntimeError suppressed")
with suppress(KeyError):
    [][0]
