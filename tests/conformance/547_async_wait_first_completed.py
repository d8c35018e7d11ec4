# Checks: asyncio.wait(return_when=FIRST_COMPLETED) returns (done, pending) sets as soon as one task finishes; pending tasks keep running.
# clock: virtual
import asyncio

async def racer(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(racer(n, d), name=n) for n, d in [("거북이", 3), ("토끼", 1), ("달팽이", 5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("t =", loop.time(), "winner:", [t.result() for t in done])
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("t =", loop.time(), "second:", [t.result() for t in done])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in done], len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
