# Checks: `yield from` delegates to iterables and subgenerators and evaluates to the subgenerator's return value.
def inner():
    yield "a"
    yield "b"
    return "inner 결과"

def outer():
    result = yield from inner()
    print("inner returned:", result)
    yield from range(2)
    yield from "xy"
    return "outer 결과"

g = outer()
print(list(g))

def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1

def collect(results):
    while True:
        results.append((yield from averager()))

results = []
c = collect(results)
next(c)
for group in ([10, 20, 30], [1, 2]):
    for v in group:
        c.send(v)
    c.send(None)
print(results)
