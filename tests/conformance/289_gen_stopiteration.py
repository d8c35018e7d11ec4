# Checks: StopIteration.value carries a generator's return value; StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def compute():
    yield "working"
    return {"answer": 42}

g = compute()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def no_return():
    yield 1

n = no_return()
next(n)
try:
    next(n)
except StopIteration as e:
    print(repr(e.value), e.args, repr(e))

e = StopIteration(7)
print(e.value, StopIteration().value)

def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))

def bad_next():
    it = iter([])
    yield next(it)

list(bad_next())
