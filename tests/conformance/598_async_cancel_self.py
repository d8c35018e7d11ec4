# Checks: a task cancelling itself: cancel() only requests; the CancelledError arrives at the next await; cancelling() counts requests.
# clock: virtual
import asyncio

async def selfish():
    me = asyncio.current_task()
    print("cancel() ->", me.cancel("나 자신을 취소"))
    print("아직 실행 중, cancelling =", me.cancelling())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("next await raised", repr(e))
        print("uncancel ->", me.uncancel())
        return "recovered"

async def main():
    t = asyncio.create_task(selfish())
    print(await t, t.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
