# Checks: virtual time is free: sleeping three days (longer than asyncio's one-day select cap) returns at once; datetime shows the jump.
# clock: virtual
import asyncio
import datetime

async def main():
    loop = asyncio.get_running_loop()
    print("출발:", datetime.datetime.now())
    await asyncio.sleep(3 * 24 * 3600)
    print("도착:", datetime.datetime.now(), loop.time())
    await asyncio.sleep(0.001)
    print(f"{loop.time():.3f}")

asyncio.run(main())
