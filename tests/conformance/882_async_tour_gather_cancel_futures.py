# Checks (a tutorial-style tour): gather with return_exceptions and finally blocks, cancelling with a message, a failed task's exception, a future set by call_later, run_in_executor and to_thread.
# clock: virtual
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        if n == 2:
            raise ValueError(f"bad {n}")
        return n
    finally:
        print("cleanup", n)

async def main():
    results = await asyncio.gather(*(child(i) for i in range(4)), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(child(1), child(2), child(3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(5)
    t = asyncio.create_task(child(10), name="long")
    await asyncio.sleep(1)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, t.cancelled())
    print(t)
    async def boom():
        raise KeyError("k")
    t2 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t2.done(), repr(t2.exception()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1.5, fut.set_result, "hello")
    print(await fut, loop.time())
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)
    r2 = await asyncio.to_thread(pow, 2, 10)
    print(r2)

asyncio.run(main())
