# Checks: in 3.11, if the inner task swallows the cancellation on timeout and returns, wait_for returns that value instead of raising.
# clock: virtual
import asyncio

async def obstinate():
    try:
        await asyncio.sleep(10)
        return "normal"
    except asyncio.CancelledError:
        print("취소를 삼키고 값을 돌려준다")
        return "fallback"

async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.wait_for(obstinate(), timeout=1)
    print("wait_for returned:", result, "at", loop.time())

asyncio.run(main())
