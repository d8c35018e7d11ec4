# Checks: asyncio.timeout_at(loop.time() + d) and cm.reschedule() to extend a deadline; the finally inside runs before TimeoutError.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 3
    try:
        async with asyncio.timeout_at(deadline):
            try:
                await asyncio.sleep(10)
            finally:
                print("finally at", loop.time())
    except TimeoutError:
        print("deadline hit at", loop.time())
    async with asyncio.timeout(1) as cm:
        for i in range(3):
            await asyncio.sleep(0.8)
            cm.reschedule(loop.time() + 1)
            print("reschedule ->", round(cm.when(), 2))
    print("끝", round(loop.time(), 2))

asyncio.run(main())
