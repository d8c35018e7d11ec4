# Checks: Queue producer/consumer: get() waits for items, task_done()/join() tell when all work is processed; consumer cancelled at the end.
# clock: virtual
import asyncio

async def producer(q):
    for i in range(5):
        await asyncio.sleep(0.5)
        await q.put(f"주문{i}")
        print(f"[{asyncio.get_running_loop().time():.1f}] 생산: 주문{i} (qsize={q.qsize()})")

async def consumer(q):
    while True:
        item = await q.get()
        await asyncio.sleep(1)
        print(f"[{asyncio.get_running_loop().time():.1f}] 소비: {item}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await producer(q)
    await q.join()
    print("모든 주문 처리 완료, empty:", q.empty())
    c.cancel()

asyncio.run(main())
