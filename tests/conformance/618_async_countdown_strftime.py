# Checks: a countdown printing time.strftime('%H:%M:%S') each second while another task prints a message at 2.5 s.
# clock: virtual
import asyncio
import time

async def countdown(n):
    while n:
        print(time.strftime("%H:%M:%S"), n)
        await asyncio.sleep(1)
        n -= 1
    print(time.strftime("%H:%M:%S"), "발사!")

async def announce():
    await asyncio.sleep(2.5)
    print(time.strftime("%H:%M:%S"), "모두 자리로!")

async def main():
    await asyncio.gather(countdown(4), announce())

asyncio.run(main())
