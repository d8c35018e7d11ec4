# Checks: asyncio.Barrier (new in 3.11): parties wait until all have arrived; wait() returns each task's arrival index.
# clock: virtual
import asyncio

async def hiker(name, d, barrier):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(d)
    print(f"[{loop.time():.1f}] {name} 도착, 대기 {barrier.n_waiting}명")
    idx = await barrier.wait()
    print(f"[{loop.time():.1f}] {name} 출발 (index {idx})")

async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    await asyncio.gather(hiker("A", 1, barrier), hiker("B", 3, barrier), hiker("C", 2, barrier))

asyncio.run(main())
