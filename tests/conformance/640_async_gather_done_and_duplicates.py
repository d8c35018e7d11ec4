# Checks: gather with already-finished tasks returns at once; the same coroutine object passed twice runs once and fills both slots.
# clock: virtual
import asyncio

async def value(v):
    print("running", v)
    await asyncio.sleep(1)
    return v

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value("t"))
    await t
    print(await asyncio.gather(t, t), loop.time())
    c = value("c")
    print(await asyncio.gather(c, c, value("d")), loop.time())

asyncio.run(main())
