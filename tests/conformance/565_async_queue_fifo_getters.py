# Checks: several tasks blocked in get() are served in the order they started waiting; put_nowait wakes exactly one getter each.
# clock: virtual
import asyncio

async def getter(name, q):
    item = await q.get()
    print(f"{name} got {item}")

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    await asyncio.sleep(0)
    for item in "abcd":
        q.put_nowait(item)
        print("put", item)
    await asyncio.gather(*tasks)
    print("queue size:", q.qsize())

asyncio.run(main())
