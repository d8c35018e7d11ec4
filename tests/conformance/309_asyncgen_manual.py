# Checks: an async generator driven by hand — __anext__()/asend() return awaitables; send(None) on them gives StopIteration(value) or StopAsyncIteration.
async def ticker(n):
    for i in range(n):
        yield i * 10
    print("ticker 끝")

agen = ticker(2)
print(type(agen).__name__)

def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

print(step(agen.__anext__()))
print(step(agen.__anext__()))
print(step(agen.__anext__()))
print(step(agen.__anext__()))

async def echo():
    received = None
    while True:
        received = yield f"echo {received}"

e = echo()
print(step(e.asend(None)), step(e.asend("안녕")), step(e.asend(3)))
print(step(e.aclose()))
