# Checks: wait(FIRST_EXCEPTION) returns when a task raises (the exception stays in the task); with no exception it waits for all.
# clock: virtual
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"job {n} 실패")
    return n

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(1, 1)), asyncio.create_task(job(2, 2, True)), asyncio.create_task(job(3, 4))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("t =", loop.time(), "done:", len(done), "pending:", len(pending))
    for t in ts:
        if t.done():
            print(" ", t.get_name(), repr(t.exception()) if t.exception() else t.result())
    await asyncio.wait(pending)
    ts = [asyncio.create_task(job(n, n)) for n in (1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("t =", loop.time(), sorted(t.result() for t in done), len(pending))

asyncio.run(main())
