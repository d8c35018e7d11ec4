# Checks: cancelling a task before its first step: its body never runs, no "never awaited" warning, and awaiting it raises CancelledError.
# clock: virtual
import asyncio

async def never_runs():
    print("이 줄은 출력되지 않는다")

async def main():
    t = asyncio.create_task(never_runs())
    t.cancel()
    print("done before yield:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError, cancelled =", t.cancelled())

asyncio.run(main())
