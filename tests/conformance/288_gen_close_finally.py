# Checks: generator.close() raises GeneratorExit at the paused yield so finally blocks run; close on unstarted/finished gens is a no-op.
def reader(name):
    print("open", name)
    try:
        for i in range(10):
            yield f"{name}:{i}"
    finally:
        print("close", name)

r = reader("log.txt")
print(next(r), next(r))
r.close()
print("after close:", next(r, "exhausted"))

unstarted = reader("never")
unstarted.close()
print("unstarted closed without running")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit 받음")
        raise

c = catcher()
next(c)
c.close()
c.close()

def stubborn():
    try:
        yield 1
    finally:
        yield "one more"

s = stubborn()
next(s)
s.close()
