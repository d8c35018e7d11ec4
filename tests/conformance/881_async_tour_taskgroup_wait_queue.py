# Checks (a tutorial-style tour): TaskGroup results, wait(FIRST_COMPLETED), wait_for timing out, a bounded Queue between a producer and a consumer, with elapsed virtual times.
# clock: virtual
import asyncio, time

async def fetch(name, delay):
    print(f"{time.strftime('%X')} start {name}")
    await asyncio.sleep(delay)
    print(f"{time.strftime('%X')} done {name}")
    return name.upper()

async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, d)) for n, d in [("a", 2), ("b", 1), ("c", 3)]]
    print([t.result() for t in tasks], f"{time.perf_counter() - start:.2f}")
    done, pending = await asyncio.wait([asyncio.create_task(fetch("x", 5)), asyncio.create_task(fetch("y", 1))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait_for(fetch("slow", 10), timeout=2)
    except asyncio.TimeoutError:
        print("timed out", round(time.perf_counter() - start, 3))
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, q.qsize())
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            await asyncio.sleep(0.5)
            print("got", item)
            q.task_done()
        q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    print("elapsed", round(time.perf_counter() - start, 2))

asyncio.run(main())
