# Checks: two children of gather fail: only the first is raised; the second is marked retrieved, so no "never retrieved" log appears.
# clock: virtual
import asyncio

async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(fail("첫 번째", 1), fail("두 번째", 2))
    except ValueError as e:
        print("caught:", e, asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
