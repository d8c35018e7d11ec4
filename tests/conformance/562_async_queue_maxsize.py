# Checks: a bounded Queue(maxsize=2): put() blocks the fast producer until the slow consumer makes room; full() and maxsize.
# clock: virtual
import asyncio

async def producer(q, loop):
    for i in range(5):
        print(f"[{loop.time():.1f}] put {i} 시도 (full={q.full()})")
        await q.put(i)
    await q.put(None)

async def consumer(q, loop):
    while (item := await q.get()) is not None:
        print(f"[{loop.time():.1f}]     got {item}")
        await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize)
    await asyncio.gather(producer(q, loop), consumer(q, loop))
    print("끝", loop.time())

asyncio.run(main())
