# Bench: 100,000 tasks under gather, each yielding once with sleep(0) —
# the fair comparison of scheduling work alone (no time to wait, on either
# clock).
import asyncio


async def worker(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100_000)))
    print(len(results), sum(results))


asyncio.run(main())
