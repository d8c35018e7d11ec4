# Checks: a Korean traffic-light simulation: cars wait on an Event that a signal task sets and clears on a cycle.
# clock: virtual
import asyncio

async def signal(green, cycles):
    loop = asyncio.get_running_loop()
    for _ in range(cycles):
        await asyncio.sleep(3)
        green.set()
        print(f"[{loop.time():.0f}s] 초록불")
        await asyncio.sleep(2)
        green.clear()
        print(f"[{loop.time():.0f}s] 빨간불")

async def car(name, arrive, green):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(arrive)
    if not green.is_set():
        print(f"[{loop.time():.0f}s] {name} 정지")
        await green.wait()
    print(f"[{loop.time():.0f}s] {name} 통과")

async def main():
    green = asyncio.Event()
    cars = [car(f"차{i}", t, green) for i, t in enumerate([1, 4, 6, 7])]
    await asyncio.gather(signal(green, 2), *cars)

asyncio.run(main())
