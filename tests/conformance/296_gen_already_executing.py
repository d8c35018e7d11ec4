# Checks: a generator that tries to resume itself gets "generator already executing"; a generator's frame is not re-entrant.
def selfish():
    yield 1
    yield next(me)

me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished after the error"))

def gen():
    value = yield "first"
    print("got", value)
    yield "second"

g = gen()
print(g.send(None))
print(g.send("hello"))
print(list(g))
g2 = gen()
print([next(g2), next(g2)])
g2.send("x")
