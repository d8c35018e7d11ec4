# Checks: ten sleep(0.1) steps land exactly on 0.1 multiples: the virtual clock counts whole nanoseconds, so raw loop.time() prints 0.3, not 0.30000000000000004.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    stamps = []
    for _ in range(10):
        await asyncio.sleep(0.1)
        stamps.append(loop.time())
    print(stamps)
    print(0.1 + 0.2, loop.time() == 1.0)

asyncio.run(main())
