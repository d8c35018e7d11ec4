# Checks: nested asyncio.timeout blocks: the inner one expiring is caught inside; the outer expiring cancels everything within it.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(2)
            except TimeoutError:
                print("inner timeout at", loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timeout at", loop.time())
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(3):
                await asyncio.sleep(2)
    except TimeoutError:
        print("outer (shorter) timeout at", loop.time())

asyncio.run(main())
