# Checks: gathers nest: inner gathers return lists inside the outer list; total time is the longest branch.
# clock: virtual
import asyncio

async def step(name, d):
    await asyncio.sleep(d)
    print(f"{asyncio.get_running_loop().time():.1f} {name}")
    return name

async def pipeline(prefix):
    first = await step(prefix + "1", 1)
    rest = await asyncio.gather(step(prefix + "2a", 1), step(prefix + "2b", 0.5))
    return [first, rest]

async def main():
    print(await asyncio.gather(pipeline("A"), pipeline("B"), step("C", 1.5)))

asyncio.run(main())
