# Checks: awaiting coroutines one by one adds their times (6 s); creating tasks first overlaps them (3 s); perf_counter reads the virtual clock.
# clock: virtual
import asyncio
import time

async def brew(what, d):
    await asyncio.sleep(d)
    return what

async def sequential():
    return [await brew("커피", 1), await brew("차", 2), await brew("주스", 3)]

async def concurrent():
    tasks = [asyncio.create_task(brew(w, d)) for w, d in (("커피", 1), ("차", 2), ("주스", 3))]
    return [await t for t in tasks]

for fn in (sequential, concurrent):
    start = time.perf_counter()
    result = asyncio.run(fn())
    print(f"{fn.__name__:>10}: {result} {time.perf_counter() - start:.1f}s")
