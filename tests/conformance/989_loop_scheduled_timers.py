# clock: virtual
# Peeking at the event loop's private timer list, as debugging posts do:
# its length, and the TimerHandles when iterated.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("before:", len(loop._scheduled), bool(loop._scheduled))
    h1 = loop.call_later(2, print, "two")
    h2 = loop.call_later(1, print, "one")
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print("scheduled:", len(loop._scheduled))
    print(sorted(type(h).__name__ for h in loop._scheduled))
    print([round(h.when() - loop.time(), 3) for h in sorted(loop._scheduled, key=lambda h: h.when())])
    h1.cancel()
    print("cancelled still listed:", len(loop._scheduled), sum(h.cancelled() for h in loop._scheduled))
    await asyncio.sleep(1.5)
    print("after 1.5 s:", len(loop._scheduled))
    t.cancel()
    await asyncio.sleep(0)
    print("at the end:", len(loop._scheduled))


asyncio.run(main())
