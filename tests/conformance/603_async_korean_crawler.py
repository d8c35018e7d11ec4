# Checks: a Korean crawler tutorial: a Semaphore caps concurrent "requests", as_completed reports pages as they finish.
# clock: virtual
import asyncio

PAGES = {"뉴스": 1.2, "날씨": 0.4, "쇼핑": 2.0, "블로그": 0.8, "카페": 1.0}

async def fetch(name, sem):
    async with sem:
        loop = asyncio.get_running_loop()
        print(f"{loop.time():4.1f}s 요청: {name}")
        await asyncio.sleep(PAGES[name])
        return name, len(name) * 100

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    total = 0
    tasks = [asyncio.create_task(fetch(n, sem)) for n in PAGES]
    for coro in asyncio.as_completed(tasks):
        name, size = await coro
        total += size
        print(f"{loop.time():4.1f}s 완료: {name} ({size}바이트)")
    print(f"총 {total}바이트, {loop.time():.1f}초")

asyncio.run(main())
