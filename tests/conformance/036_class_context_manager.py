# Checks: __enter__/__exit__, the value bound by as, exit on exception, and suppression by returning True.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"열기: {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        status = "정상" if exc_type is None else exc_type.__name__
        print(f"닫기: {self.name} ({status})")
        return self.suppress


with Resource("db") as handle:
    print("using", handle)

try:
    with Resource("file"):
        raise ValueError("읽기 실패")
except ValueError as e:
    print("caught outside:", e)

with Resource("quiet", suppress=True):
    1 / 0
    print("not printed")
print("after suppressed block")
