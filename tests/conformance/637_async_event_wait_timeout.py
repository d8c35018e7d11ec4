# Checks: waiting on an Event with a timeout via wait_for and via asyncio.timeout; a later set() still wakes a fresh waiter.
# clock: virtual
import asyncio

async def wait_event(ev, seconds):
    try:
        await asyncio.wait_for(ev.wait(), seconds)
        return "신호 받음"
    except TimeoutError:
        return "시간 초과"

async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    print(await wait_event(ev, 1), loop.time())
    loop.call_later(1.5, ev.set)
    try:
        async with asyncio.timeout(1):
            await ev.wait()
    except TimeoutError:
        print("timeout 블록도 초과", loop.time())
    print(await wait_event(ev, 5), loop.time())

asyncio.run(main())
