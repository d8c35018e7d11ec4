# Checks: BoundedSemaphore raises ValueError when released more than acquired; plain Semaphore silently grows.
# clock: virtual
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    sem.release()
    await sem.acquire()
    await sem.acquire()
    print("Semaphore: 두 번 획득, locked =", sem.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    print("locked:", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
