# Checks: call_soon runs in FIFO order before timers; call_later/call_at fire by time, ties in scheduling order; handle.cancel() and when().
# clock: virtual
import asyncio

def say(msg):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {msg}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2, say, "later 2")
    loop.call_at(loop.time() + 1, say, "at +1")
    h = loop.call_later(1.5, say, "cancelled")
    loop.call_later(1, say, "later 1")
    loop.call_soon(say, "soon A")
    loop.call_soon(say, "soon B")
    loop.call_later(0, say, "later 0")
    print("when:", h.when(), "cancelled:", h.cancelled())
    h.cancel()
    print("cancelled:", h.cancelled())
    await asyncio.sleep(3)
    say("main done")

asyncio.run(main())
