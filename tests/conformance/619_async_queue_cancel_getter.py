# Checks: cancelling a task blocked in Queue.get() leaves the queue usable; the item goes to the next getter, none is lost.
# clock: virtual
import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(1)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("사과")
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("qsize:", q.qsize())

asyncio.run(main())
