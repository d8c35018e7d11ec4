# Checks: when one child of gather is cancelled, gather raises CancelledError (or returns it with return_exceptions=True).
# clock: virtual
import asyncio

async def work(d):
    await asyncio.sleep(d)
    return d

async def main():
    a, b = asyncio.create_task(work(1)), asyncio.create_task(work(2))
    asyncio.get_running_loop().call_later(0.5, b.cancel)
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError:
        print("gather raised CancelledError; a done:", a.done())
    c, d = asyncio.create_task(work(1)), asyncio.create_task(work(2))
    d.cancel()
    res = await asyncio.gather(c, d, return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])

asyncio.run(main())
