# Checks: an exception raised in a task and re-raised by `await task` in main: the traceback shows main's await line then the task's frames.
# clock: virtual
import asyncio

async def parse(text):
    await asyncio.sleep(0.5)
    return int(text)

async def worker(text):
    value = await parse(text)
    return value * 2

async def main():
    task = asyncio.create_task(worker("열둘"))
    print("waiting")
    result = await task
    print(result)

asyncio.run(main())
