# Checks: the gallery's threads vs processes: blocking waits in threads (to_thread), computation in a ProcessPoolExecutor through run_in_executor; results in submission order.
# clock: real
import asyncio
import concurrent.futures
import time


def fetch(name):
    time.sleep(0.05)  # 기다리기만 하는 일: 스레드로 충분하다
    return f"{name} 받음"


def crunch(n):
    return sum(i * i for i in range(n))  # 계산하는 일: 프로세스에 맡긴다


async def main():
    pages = await asyncio.gather(*(asyncio.to_thread(fetch, name) for name in ("a.html", "b.html")))
    print("스레드:", pages)

    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        sums = await asyncio.gather(*(loop.run_in_executor(pool, crunch, n) for n in (10, 1000, 100000)))
    print("프로세스:", sums)


if __name__ == "__main__":
    asyncio.run(main())
