# Checks: an uncaught ExceptionGroup from a TaskGroup: CPython's boxed traceback (+-+ sub-exception sections) through asyncio.run.
# clock: virtual
import asyncio

async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(divide(1, 1))
        tg.create_task(divide(1, 0))
        tg.create_task(divide(2, 0))
    print("unreachable")

asyncio.run(main())
