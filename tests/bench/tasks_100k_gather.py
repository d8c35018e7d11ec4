# Bench (DESIGN.md budget: the executor): 100,000 tasks each sleeping a
# random time under 10 ms, under gather. CPython sleeps for real (the
# longest sleep, ~10 ms, is part of its wall time); the engine's virtual
# clock skips the waiting. See tasks_100k_sleep0.py for the variant
# without any waiting.
import asyncio
import random


async def worker(i):
    await asyncio.sleep(random.random() * 0.01)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100_000)))
    print(len(results), sum(results))


asyncio.run(main())
