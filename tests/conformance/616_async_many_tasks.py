# Checks: gather over 1000 tasks sleeping varied times finishes at the longest sleep; results stay in order; the loop is quiet afterwards.
# clock: virtual
import asyncio

async def square(i):
    await asyncio.sleep((i * 7919) % 100 / 10)
    return i * i

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(square(i) for i in range(1000)))
    print(len(results), results[:5], results[-1], sum(results))
    print("t =", loop.time(), "tasks left:", len(asyncio.all_tasks()))

asyncio.run(main())
