# Checks: coro.close() raises GeneratorExit at the suspended await (finally runs); a coroutine that awaits again after it gets RuntimeError.
# clock: virtual
class Pause:
    def __await__(self):
        yield "paused"

async def polite():
    try:
        await Pause()
        print("not reached")
    finally:
        print("polite: finally")

async def rude():
    try:
        await Pause()
    except GeneratorExit:
        print("rude: caught GeneratorExit, awaiting again")
        await Pause()

for fn in (polite, rude):
    c = fn()
    print(fn.__name__, "yielded", c.send(None))
    try:
        c.close()
        print(fn.__name__, "closed")
    except RuntimeError as e:
        print("RuntimeError:", e)
c = polite()
c.close()
print("closing an unstarted coroutine runs nothing")
