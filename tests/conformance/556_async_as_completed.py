# Checks: as_completed over tasks yields awaitables in completion order; ties keep timer order. (Pass tasks: with bare coroutines CPython starts them in set order, i.e. by address.)
# clock: virtual
import asyncio

async def fetch(url, d):
    await asyncio.sleep(d)
    return f"{url} ({d}s)"

async def main():
    loop = asyncio.get_running_loop()
    jobs = [asyncio.create_task(fetch(u, d)) for u, d in [("a.com", 3), ("b.com", 1), ("c.com", 2), ("d.com", 1)]]
    for i, fut in enumerate(asyncio.as_completed(jobs), 1):
        result = await fut
        print(f"{i}. t={loop.time():.1f} {result}")

asyncio.run(main())
