# Checks: asyncio.to_thread runs a blocking function in a thread and returns its result or re-raises its exception in the coroutine.
# clock: real
import asyncio
import threading
import time

def blocking(n):
    time.sleep(0.02)
    if n < 0:
        raise ValueError("음수는 안 됩니다")
    return n * n, threading.current_thread() is threading.main_thread()

async def main():
    print(await asyncio.to_thread(blocking, 7))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(4)))
    print(results)
    try:
        await asyncio.to_thread(blocking, -1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
