# Checks: LifoQueue pops the newest item first; PriorityQueue pops the smallest (priority, item) tuple first.
# clock: virtual
import asyncio

async def main():
    lifo = asyncio.LifoQueue()
    for x in ("첫째", "둘째", "셋째"):
        await lifo.put(x)
    print([await lifo.get() for _ in range(lifo.qsize())])

    pq = asyncio.PriorityQueue()
    for item in [(3, "낮음"), (1, "긴급"), (2, "보통"), (1, "긴급2")]:
        pq.put_nowait(item)
    while not pq.empty():
        prio, name = await pq.get()
        print(prio, name)
        pq.task_done()
    await pq.join()
    print(type(lifo).__name__, type(pq).__name__, isinstance(pq, asyncio.Queue))

asyncio.run(main())
