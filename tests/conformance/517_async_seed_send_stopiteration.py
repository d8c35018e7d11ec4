# Checks: the seed's coro.send(None): a coroutine that returns raises StopIteration carrying the value; a second send raises RuntimeError.
# clock: virtual
async def f():
    return 123

coro = f()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value) # 123
    print(type(e).__name__, e.args)

try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
