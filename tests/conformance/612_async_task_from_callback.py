# Checks: loop.create_task called from a call_later callback (outside any coroutine) schedules a task that runs on the loop.
# clock: virtual
import asyncio

done = None

async def alarm(msg):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} alarm: {msg}")
    await asyncio.sleep(0.5)
    done.set_result(msg)

def on_timer(loop):
    print(f"{loop.time():.1f} timer fired, current task:", asyncio.current_task())
    loop.create_task(alarm("일어나세요"))

async def main():
    global done
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(2, on_timer, loop)
    print("result:", await done, loop.time())

asyncio.run(main())
