# Checks: contextlib.contextmanager — enter/exit order, the yielded value, cleanup on exceptions, and swallowing an exception.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("div") as t:
    print("  content", t)
    with tag("p"):
        print("    nested")

@contextmanager
def resource(label):
    print("열기:", label)
    try:
        yield label
    except KeyError as e:
        print("처리함:", repr(e))
    finally:
        print("닫기:", label)

with resource("db"):
    {}["missing"]
print("계속 진행")
with resource("file") as r:
    print("사용:", r)
    raise ValueError("잘못된 값")
