# Checks: coro.throw() — caught inside the coroutine (it returns normally) and, as in the tutorial, uncaught RuntimeError('something wrong').
async def careful():
    try:
        await Suspend()
    except RuntimeError as e:
        print("코루틴 안에서 잡음:", e)
        return "cleaned up"

class Suspend:
    def __await__(self):
        yield "paused"

c = careful()
print(c.send(None))
try:
    c.throw(RuntimeError("cancel!"))
except StopIteration as e:
    print("StopIteration.value =", e.value)

async def f():
    return 123

coro = f()
coro.throw(RuntimeError, 'something wrong')
