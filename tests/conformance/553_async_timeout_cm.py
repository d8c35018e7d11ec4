# Checks: `async with asyncio.timeout(d)` cancels the body and raises TimeoutError at the exit; expired(), when(), and a body that finishes in time.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(1)
        print("제시간에 끝남, when =", cm.when(), "expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            print("긴 작업 시작")
            await asyncio.sleep(5)
            print("출력되지 않음")
    except TimeoutError:
        print("TimeoutError at", loop.time(), "expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(1)
    print("timeout(None) when:", cm.when(), loop.time())

asyncio.run(main())
