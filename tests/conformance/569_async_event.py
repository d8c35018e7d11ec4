# Checks: asyncio.Event: waiters block until set(); set() wakes all of them in order; is_set, clear, and wait() returning True.
# clock: virtual
import asyncio

async def runner(name, start):
    print(f"{name} 준비")
    r = await start.wait()
    print(f"{name} 출발! ({r}) t={asyncio.get_running_loop().time()}")

async def main():
    start = asyncio.Event()
    print("is_set:", start.is_set())
    runners = [asyncio.create_task(runner(n, start)) for n in ("철수", "영희", "민수")]
    await asyncio.sleep(3)
    print("탕!")
    start.set()
    await asyncio.gather(*runners)
    print("is_set:", start.is_set(), await start.wait())
    start.clear()
    print("cleared:", start.is_set())

asyncio.run(main())
