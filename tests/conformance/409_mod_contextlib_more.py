# Checks: contextlib closing, nullcontext, ExitStack (LIFO exits, callbacks, suppression), contextmanager re-raising a different error, and a generator that does not yield.
from contextlib import contextmanager, closing, nullcontext, ExitStack, suppress

class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name)

with closing(Resource("파일")) as r:
    print("using", r.name)
with nullcontext(42) as value:
    print("value", value)

@contextmanager
def step(name):
    print("enter", name)
    yield name
    print("exit", name)

with ExitStack() as stack:
    names = [stack.enter_context(step(n)) for n in ["a", "b", "c"]]
    stack.callback(print, "callback", "ran")
    print("inside", names)

with ExitStack() as stack:
    stack.enter_context(suppress(KeyError))
    stack.callback(print, "cleanup before suppress")
    {}["missing"]
print("suppressed by the stack")

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("0으로 나눌 수 없음") from e

try:
    with translate():
        1 / 0
except ValueError as e:
    print("ValueError:", e, "| cause:", repr(e.__cause__))

@contextmanager
def broken():
    if False:
        yield

try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def tracked():
    print("시작")
    yield
    print("끝")

@tracked()
def job():
    print("작업")

job()
with translate():
    [][1]
