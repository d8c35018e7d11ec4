# Checks: a finished task can be awaited again (same result, no rerun); several tasks awaiting one task all get its result; a coroutine cannot be awaited twice.
# clock: virtual
import asyncio

async def compute():
    print("compute runs once")
    await asyncio.sleep(1)
    return 99

async def reader(name, task):
    print(name, "got", await task)

async def main():
    t = asyncio.create_task(compute())
    await asyncio.gather(reader("r1", t), reader("r2", t), reader("r3", t))
    print("again:", await t, await t)
    c = compute()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
