# Checks: loop lifecycle errors: run_until_complete while running, asyncio.run inside a running loop, get_running_loop outside, using a closed loop.
# clock: virtual
import asyncio

async def noop():
    return "noop"

async def main():
    loop = asyncio.get_running_loop()
    print("is_running:", loop.is_running())
    try:
        loop.run_until_complete(noop())
    except RuntimeError as e:
        print("1:", e)
    coro = noop()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("2:", e)
    coro.close()

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("3:", e)
loop = asyncio.new_event_loop()
loop.close()
loop.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("4:", e)
try:
    asyncio.run(noop)
except ValueError as e:
    print("5:", str(e).split(" at 0x")[0])
