# Checks: a task whose loop never awaits starves the others until it ends; adding `await asyncio.sleep(0)` lets them interleave.
# clock: virtual
import asyncio

async def greedy(n, yield_each):
    for i in range(n):
        print("greedy", i)
        if yield_each:
            await asyncio.sleep(0)

async def other():
    for i in range(3):
        print("  other", i)
        await asyncio.sleep(0)

async def main():
    print("-- without yielding")
    await asyncio.gather(greedy(3, False), other())
    print("-- with sleep(0)")
    await asyncio.gather(greedy(3, True), other())

asyncio.run(main())
