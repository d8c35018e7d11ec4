# Checks: get_nowait on an empty queue raises QueueEmpty, put_nowait on a full one QueueFull; task_done too often raises ValueError.
# clock: virtual
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull, qsize =", q.qsize())
    print(q.get_nowait())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(q.get(), timeout=1)
    except TimeoutError:
        print("get() timed out at", asyncio.get_running_loop().time())
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.Queue().maxsize)

asyncio.run(main())
