# Checks: Semaphore(2) lets two downloads run at a time; the rest wait their turn (timestamps show the batches).
# clock: virtual
import asyncio

async def download(i, sem, loop):
    async with sem:
        print(f"[{loop.time():.1f}] {i}번 다운로드 시작")
        await asyncio.sleep(1)
        print(f"[{loop.time():.1f}] {i}번 다운로드 끝")
    return i

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    results = await asyncio.gather(*(download(i, sem, loop) for i in range(5)))
    print(results, "총", loop.time(), "초")

asyncio.run(main())
