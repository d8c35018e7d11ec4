# Checks: except* around a TaskGroup in a learner's downloader: a clause may await, handle part of the group and leave the
# rest (with the children's tracebacks) to propagate out of asyncio.run, printed as CPython 3.11 prints it.
# clock: virtual
import asyncio


async def download(name, delay, error=None):
    await asyncio.sleep(delay)
    if error:
        raise error
    print(f"{name} done at {asyncio.get_running_loop().time()}")
    return name


async def report(eg):
    await asyncio.sleep(0.5)
    print("reported", len(eg.exceptions), "timeouts at", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("a", 1))
            tg.create_task(download("b", 2, TimeoutError("b timed out")))
            tg.create_task(download("c", 2, PermissionError("c forbidden")))
            tg.create_task(download("d", 3))
    except* TimeoutError as eg:
        await report(eg)
    print("not reached")

asyncio.run(main())
