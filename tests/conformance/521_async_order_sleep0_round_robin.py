# Checks: asyncio.sleep(0) yields to every other ready task: three counters interleave round-robin at virtual time 0.
# clock: virtual
import asyncio

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    await asyncio.gather(counter("a", 3), counter("b", 2), counter("c", 4))
    print("time:", asyncio.get_running_loop().time())

asyncio.run(main())
