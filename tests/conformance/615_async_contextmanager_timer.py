# Checks: an @asynccontextmanager timing block used inside several tasks reports each block's virtual elapsed time.
# clock: virtual
import asyncio
import time
from contextlib import asynccontextmanager

@asynccontextmanager
async def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label}: {time.perf_counter() - start:.2f}s")

async def step(label, d):
    async with timer(label):
        await asyncio.sleep(d)

async def main():
    async with timer("전체"):
        await asyncio.gather(step("짧은 작업", 0.25), step("긴 작업", 1.75))
        async with timer("순차 작업"):
            await step("하나", 0.5)
            await step("둘", 0.5)

asyncio.run(main())
