# Checks: datetime.now()/today() follow the virtual clock in UTC; timedelta arithmetic between stamps taken around sleeps.
# clock: virtual
import asyncio
import datetime

async def job(name, d):
    start = datetime.datetime.now()
    await asyncio.sleep(d)
    end = datetime.datetime.now()
    print(f"{name}: {start:%H:%M:%S} -> {end:%H:%M:%S} ({(end - start).total_seconds()}s)")
    return end - start

async def main():
    print("now:", datetime.datetime.now())
    print("today:", datetime.date.today(), datetime.datetime.today().isoformat(timespec="seconds"))
    spans = await asyncio.gather(job("A", 90), job("B", 2.5))
    print(spans, sum(spans, datetime.timedelta()))
    print("utc:", datetime.datetime.now(datetime.timezone.utc))
    print(datetime.datetime.fromtimestamp(0), repr(datetime.datetime.now() - datetime.datetime(2023, 11, 14)))

asyncio.run(main())
