# Checks: `await print(...)` inside a coroutine driven by send(None) raises TypeError: object NoneType can't be used in 'await' expression.
async def hello_world():
    await print("hello world")

async def safe():
    try:
        await 42
    except TypeError as e:
        print("TypeError:", e)
    return "ok"

try:
    safe().send(None)
except StopIteration as e:
    print(e.value)

coro = hello_world()
coro.send(None)
