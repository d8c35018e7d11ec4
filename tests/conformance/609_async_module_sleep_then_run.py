# Checks: time.sleep at module level moves the clock before the loop exists; loop.time() and time.monotonic() read the same clock.
# clock: virtual
import asyncio
import time

start = time.time()
time.sleep(2)
print("module sleep:", time.time() - start)

async def main():
    loop = asyncio.get_running_loop()
    print("loop.time():", loop.time(), "monotonic:", time.monotonic(), loop.time() == time.monotonic())
    await asyncio.sleep(1.5)
    print("loop.time():", loop.time(), "monotonic:", time.monotonic())
    time.sleep(0.5)
    print("after blocking sleep:", loop.time())

asyncio.run(main())
print("total:", time.time() - start)
