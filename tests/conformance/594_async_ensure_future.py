# Checks: ensure_future wraps a coroutine in a Task, returns a Future or Task unchanged, and rejects non-awaitables with TypeError.
# clock: virtual
import asyncio

async def job():
    await asyncio.sleep(1)
    return "job"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(job())
    print(type(t).__name__, t.get_name())
    print(asyncio.ensure_future(t) is t)
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    loop.call_later(0.5, fut.set_result, "fut")
    print(await fut, await t, loop.time())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
