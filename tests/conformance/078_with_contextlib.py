# Checks: contextlib.contextmanager generators as context managers, and contextlib.suppress.
from contextlib import contextmanager, suppress


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as t:
        print("  content in", t)

try:
    with tag("div"):
        raise RuntimeError("렌더링 실패")
except RuntimeError as e:
    print("caught:", e)

with suppress(KeyError, IndexError):
    print("before")
    {}["x"]
    print("never")
print("after suppress")
