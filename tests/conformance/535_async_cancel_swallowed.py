# Checks: a task that catches CancelledError and returns is not cancelled: await gives its value and cancelled() is False.
# clock: virtual
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("취소 요청을 무시한다")
        await asyncio.sleep(1)
        return "끝까지 완료"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(2)
    t.cancel()
    print("awaited:", await t)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("t =", asyncio.get_running_loop().time())

asyncio.run(main())
