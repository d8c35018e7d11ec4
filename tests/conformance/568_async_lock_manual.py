# Checks: Lock.acquire()/release() by hand, try/finally, RuntimeError on releasing an unlocked lock, and a cancelled waiter.
# clock: virtual
import asyncio

async def holder(lock):
    await lock.acquire()
    try:
        print("holder: acquired")
        await asyncio.sleep(2)
    finally:
        lock.release()
        print("holder: released")

async def waiter(lock, name):
    print(name, "waiting")
    async with lock:
        print(name, "acquired at", asyncio.get_running_loop().time())

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.gather(h, w2, w1, return_exceptions=True)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
