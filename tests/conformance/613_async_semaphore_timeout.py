# Checks: waiting for a Semaphore with wait_for(sem.acquire(), timeout): the waiter gives up; the semaphore still works afterwards.
# clock: virtual
import asyncio

async def hog(sem):
    async with sem:
        await asyncio.sleep(3)

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(hog(sem))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(sem.acquire(), timeout=1)
    except TimeoutError:
        print("1초 동안 자리가 나지 않음", loop.time(), sem.locked())
    await h
    await asyncio.wait_for(sem.acquire(), timeout=1)
    print("획득", loop.time(), sem.locked())
    sem.release()

asyncio.run(main())
