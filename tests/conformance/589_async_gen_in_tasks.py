# Checks: async generators consumed with `async for` in two tasks interleave by their sleeps; async comprehensions collect items.
# clock: virtual
import asyncio

async def ticks(name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        yield f"{name}{i}"

async def consume(name, n, d):
    loop = asyncio.get_running_loop()
    async for item in ticks(name, n, d):
        print(f"{loop.time():.1f} {item}")

async def main():
    await asyncio.gather(consume("a", 3, 1), consume("b", 2, 1.5))
    print([x async for x in ticks("c", 3, 0.1)])
    print([x async for x in ticks("d", 5, 0) if x.endswith(("1", "3"))])

asyncio.run(main())
