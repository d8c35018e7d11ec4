# Checks: task.cancel(msg) delivers the message as CancelledError's args inside the task and to the awaiter.
# clock: virtual
import asyncio

async def long_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside, args:", e.args)
        raise

async def main():
    task = asyncio.create_task(long_job())
    await asyncio.sleep(1)
    print("cancel() returns", task.cancel("사용자가 취소함"))
    print("cancel again:", task.cancel("두 번째"))
    try:
        await task
    except asyncio.CancelledError as e:
        print("outside, args:", e.args)
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel after done:", task.cancel())
    print("t =", asyncio.get_running_loop().time())

asyncio.run(main())
