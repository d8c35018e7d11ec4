# Checks: the classic mistake: time.sleep inside a coroutine blocks the whole loop, so the other task's ticks stall (visible in timestamps).
# clock: virtual
import asyncio
import time

async def ticker(loop):
    for i in range(4):
        print(f"[{loop.time():.1f}] tick {i}")
        await asyncio.sleep(0.5)

async def blocker():
    print("blocker: time.sleep(2) 시작 - 루프가 멈춘다")
    time.sleep(2)
    print("blocker: 끝")

async def polite():
    print("polite: asyncio.sleep(2) 시작")
    await asyncio.sleep(2)
    print("polite: 끝")

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(ticker(loop), blocker())
    print("---", loop.time())
    await asyncio.gather(ticker(loop), polite())
    print("---", loop.time())

asyncio.run(main())
