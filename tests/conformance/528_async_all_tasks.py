# Checks: asyncio.all_tasks() holds only unfinished tasks of the running loop, including the current one; sorted by name for a stable print.
# clock: virtual
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())

async def main():
    print(names())
    ts = [asyncio.create_task(sleeper(d), name=f"s{d}") for d in (1, 2, 3)]
    print(names())
    await asyncio.sleep(1.5)
    print(names())
    await asyncio.gather(*ts)
    print(names(), len(asyncio.all_tasks()))

asyncio.run(main())
