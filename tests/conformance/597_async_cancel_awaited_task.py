# Checks: cancelling a task that awaits another task cancels the awaited task too; cancelling the inner one first reaches the outer as CancelledError.
# clock: virtual
import asyncio

async def inner(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"{name}: inner cancelled")
        raise

async def outer(task):
    try:
        await task
    except asyncio.CancelledError:
        print("outer: cancelled while awaiting", task.get_name())
        raise

async def main():
    i1 = asyncio.create_task(inner("i1"), name="i1")
    o1 = asyncio.create_task(outer(i1))
    await asyncio.sleep(1)
    o1.cancel()
    await asyncio.gather(o1, return_exceptions=True)
    print("i1 cancelled:", i1.cancelled())
    i2 = asyncio.create_task(inner("i2"), name="i2")
    o2 = asyncio.create_task(outer(i2))
    await asyncio.sleep(1)
    i2.cancel()
    await asyncio.gather(o2, return_exceptions=True)
    print("o2 cancelled:", o2.cancelled())

asyncio.run(main())
