# Checks: without return_exceptions, gather raises the first exception at once; the other children keep running and finish later.
# clock: virtual
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} 실패")
    print(f"{name} 성공 at {delay}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 3))
    except RuntimeError as e:
        print("gather raised:", e, "at", loop.time())
    print("main keeps going")
    await asyncio.sleep(2)
    print("end at", loop.time())

asyncio.run(main())
