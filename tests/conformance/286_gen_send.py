# Checks: generator.send() — priming with next/send(None), the value of a yield expression, and sending to a just-started generator.
def running_total():
    total = 0
    while True:
        received = yield total
        print(f"  받음: {received}")
        total += received

acc = running_total()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(acc.send(-3))

def echo():
    reply = None
    while True:
        reply = yield f"echo({reply!r})"

e = echo()
print(e.send(None), e.send("안녕"), next(e), e.send(42))

def gen():
    x = yield 1
    y = yield x * 2
    return x + y

g = gen()
print(next(g), g.send(5))
try:
    g.send(7)
except StopIteration as stop:
    print("returned", stop.value)
fresh = gen()
fresh.send("too early")
