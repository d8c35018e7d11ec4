# Checks: Exception args, str() and repr() with zero, one, and several arguments, and print(exception).
for exc in [Exception(), Exception("하나"), Exception("a", 1), ValueError(3), TypeError(None)]:
    print(repr(exc), "|", str(exc), "|", exc.args)

e = RuntimeError("boom")
print(e)
print(f"{e!r} {e}")
print([e])
e.args = ("changed",)
print(e)


class MyError(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(f"code={code}")


m = MyError(404)
print(m, repr(m), m.code, m.args)
print(isinstance(m, BaseException), MyError.__name__)
