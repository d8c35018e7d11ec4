# Checks: done/cancelled/result/exception on pending, finished, failed and cancelled tasks, with InvalidStateError and CancelledError.
# clock: virtual
import asyncio

async def ok():
    await asyncio.sleep(1)
    return "결과"

async def fail():
    await asyncio.sleep(1)
    raise KeyError("없음")

def show(label, t):
    print(label, "done:", t.done(), "cancelled:", t.cancelled())
    for method in (t.result, t.exception):
        try:
            print("  ", method.__name__, "->", repr(method()))
        except BaseException as e:
            print("  ", method.__name__, "raises", type(e).__name__, e.args)

async def main():
    a, b, c = asyncio.create_task(ok()), asyncio.create_task(fail()), asyncio.create_task(ok())
    show("pending", a)
    c.cancel()
    await asyncio.sleep(2)
    show("ok", a)
    show("fail", b)
    show("cancelled", c)

asyncio.run(main())
