# Checks: asyncio.sleep(delay, result) returns result; sleep(0) and negative delays return at once; asyncio.run returns main's value.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(1, result="one"))
    print(await asyncio.sleep(0.5, result=[1, 2]))
    print(await asyncio.sleep(0), await asyncio.sleep(-3, "neg"))
    print("t =", loop.time())
    values = await asyncio.gather(*(asyncio.sleep(d, d * 10) for d in (3, 1, 2)))
    print(values, "t =", loop.time())
    return "main done"

print(asyncio.run(main()))
