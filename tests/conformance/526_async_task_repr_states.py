# Checks: Task and Future reprs (pending, waiting, finished with result or exception, cancelled) as learners print them.
# clock: virtual
import asyncio

async def work(x):
    await asyncio.sleep(1)
    if x < 0:
        raise ValueError(x)
    return x * 2

async def main():
    t = asyncio.create_task(work(21), name="worker")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    bad = asyncio.create_task(work(-1))
    await asyncio.wait([bad])
    print(bad)
    print(bad.exception())
    c = asyncio.create_task(work(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print(c)
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result("ok")
    print(fut)

asyncio.run(main())
