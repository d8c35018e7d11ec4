# Checks: asyncio.Condition: consumers wait() under the lock; notify(1) wakes one, notify_all() the rest; wait_for(predicate).
# clock: virtual
import asyncio

items = []

async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: items)
        print(f"{name} took {items.pop(0)}")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        items.append("빵")
        cond.notify(1)
    await asyncio.sleep(1)
    async with cond:
        items.extend(["우유", "사과"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("left:", items, "t =", asyncio.get_running_loop().time())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
