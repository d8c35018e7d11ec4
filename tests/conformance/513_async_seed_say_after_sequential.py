# Checks: the seed's say_after awaited in sequence takes 3 s: strftime('%X') reads the virtual clock (UTC).
# clock: virtual
import asyncio, time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {time.strftime('%X')}")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
