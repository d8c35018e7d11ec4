# Checks: an exception raised in the TaskGroup body itself cancels the children and is wrapped in the ExceptionGroup too.
# clock: virtual
import asyncio

async def child(n, log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append(f"child {n} finally")

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(child(n, log))
            await asyncio.sleep(1)
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]), asyncio.get_running_loop().time())
        print(sorted(log))  # TaskGroup cancels its children in set (address) order
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

asyncio.run(main())
