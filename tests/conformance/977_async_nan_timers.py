# clock: virtual
# Timers at a NaN time: base_events treats them as due at once (its
# `when >= end_time` test is false for NaN), so wait_for(..., nan) times
# out on the next loop iteration and call_later(nan, ...) runs right away.
import asyncio


async def report():
    await asyncio.sleep(4)
    return "report done"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(float("nan"), print, "nan timer fired at", loop.time())
    task = asyncio.create_task(report())
    try:
        print(await asyncio.wait_for(asyncio.shield(task), timeout=float("nan")))
    except TimeoutError:
        print("wait_for timed out at", loop.time())
    print(await task, "at", loop.time())


asyncio.run(main())
