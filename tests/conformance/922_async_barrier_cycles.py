# Checks: asyncio.Barrier beyond one round: it refills for the next round, `async with` gives the arrival index, reset() breaks the current waiters with BrokenBarrierError, abort() breaks it for good; repr and n_waiting along the way.
# clock: virtual
import asyncio

def shown(barrier):
    r = repr(barrier)  # the address part differs from run to run
    return r[r.index("["):]

async def runner(name, barrier, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0.1 * (len(name) + r))
        async with barrier as idx:
            log.append(f"r{r}:{name}={idx}")

async def waiter(name, barrier):
    try:
        idx = await barrier.wait()
        print(name, "passed", idx)
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", type(e).__name__, e)

async def main():
    b = asyncio.Barrier(2)
    print(shown(b))
    log = []
    await asyncio.gather(runner("x", b, 3, log), runner("yy", b, 3, log))
    print(log)
    print(shown(b), b.n_waiting)

    b3 = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(n, b3)) for n in "PQ"]
    await asyncio.sleep(0)
    print(shown(b3))
    await b3.reset()
    await asyncio.gather(*tasks)
    print(shown(b3), b3.broken)

    tasks = [asyncio.create_task(waiter(n, b3)) for n in "RS"]
    await asyncio.sleep(0)
    print("waiting:", b3.n_waiting)
    await b3.abort()
    await asyncio.gather(*tasks)
    print(shown(b3), b3.broken, b3.n_waiting)
    await waiter("T", b3)

    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
