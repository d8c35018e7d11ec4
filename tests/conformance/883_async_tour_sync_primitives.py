# Checks (a tutorial-style tour): interleaved tickers with a blocking time.sleep, Semaphore, Event, Lock, as_completed and an asyncio.timeout that expires at the end.
# clock: virtual
import asyncio
import time

async def ticker(label, every, times):
    for i in range(times):
        await asyncio.sleep(every)
        print(f"{asyncio.get_running_loop().time():.1f} {label} {i}")

async def blocker():
    print("blocking start")
    time.sleep(1)
    print("blocking end")

async def main():
    await asyncio.gather(ticker("fast", 0.3, 5), ticker("slow", 0.7, 3), blocker())
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("in", i, round(time.monotonic(), 1))
            await asyncio.sleep(1)
    await asyncio.gather(*(limited(i) for i in range(5)))
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("woke", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0.01)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(10)))
    print("counter", counter)
    for coro in asyncio.as_completed([asyncio.sleep(3, "c"), asyncio.sleep(1, "a"), asyncio.sleep(2, "b")]):
        print(await coro)
    async with asyncio.timeout(1.5):
        try:
            await asyncio.sleep(2)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise

try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError at the end")
