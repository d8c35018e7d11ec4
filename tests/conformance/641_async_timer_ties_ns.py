# Checks: timers are compared in whole nanoseconds: call_at(0.1 + 0.2) and call_at(0.3) are the same instant and fire in scheduling order.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_at(0.1 + 0.2, print, "A: 0.1 + 0.2 (scheduled first)")
    h2 = loop.call_at(0.3, print, "B: 0.3")
    loop.call_at(0.3, print, "C: 0.3")
    loop.call_at(0.1 + 0.2, print, "D: 0.1 + 0.2 (scheduled last)")
    loop.call_later(0.3, print, "E: call_later(0.3)")
    print(h1.when(), h2.when(), h1.when() == h2.when())
    await asyncio.sleep(0.3)
    print("main wakes after them, at", loop.time())

asyncio.run(main())
