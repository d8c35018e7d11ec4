# Checks: as_completed(timeout=...) raises TimeoutError from the next await once the deadline passes; results before it are kept.
# clock: virtual
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    got = []
    try:
        for fut in asyncio.as_completed([asyncio.create_task(job(d)) for d in (4, 1, 2, 6)], timeout=3):
            got.append(await fut)
            print("got", got[-1], "at", loop.time())
    except TimeoutError:
        print("TimeoutError at", loop.time(), "got", got)

asyncio.run(main())
