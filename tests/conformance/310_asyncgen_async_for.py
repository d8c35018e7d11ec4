# Checks: `async for` over an async generator, async comprehensions, and async generator finally on aclose, run with a minimal asyncio.run.
import asyncio

async def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown finally")

async def main():
    async for x in countdown(3):
        print("got", x)
    squares = [x * x async for x in countdown(4) if x % 2 == 0]
    print(squares)
    gen = countdown(10)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print(await anext(gen, "소진됨"))
    return "끝"

print(asyncio.run(main()))
