# Checks: wait_for returns the result in time, or cancels the inner task and raises TimeoutError (asyncio.TimeoutError is TimeoutError in 3.11).
# clock: virtual
import asyncio

async def slow_op(d):
    try:
        await asyncio.sleep(d)
        return f"{d}초 작업 완료"
    except asyncio.CancelledError:
        print(f"  {d}초 작업 취소됨")
        raise

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow_op(1), timeout=2), loop.time())
    try:
        await asyncio.wait_for(slow_op(5), timeout=2)
    except asyncio.TimeoutError as e:
        print("시간 초과:", type(e).__name__, repr(e), loop.time())
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow_op(3), timeout=None), loop.time())

asyncio.run(main())
