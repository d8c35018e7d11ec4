# Checks: tasks left pending when a hand-run loop is closed: the ones still referenced stay quiet, the ones only alive
# in a cycle with what they await are freed by gc.collect(), which closes their coroutines (finally blocks run) and
# logs "Task was destroyed but it is pending!" for each.
# clock: virtual
import asyncio
import gc


async def worker(name, event):
    try:
        print(name, "waiting")
        await event.wait()
    finally:
        print(name, "cleaned up")


async def ticker():
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print("ticker stopped")


async def main(keep):
    event = asyncio.Event()
    loop = asyncio.get_running_loop()
    keep.append(loop.create_task(worker("kept", event), name="kept"))
    loop.create_task(worker("dropped", event), name="dropped")
    loop.create_task(ticker(), name="ticker")
    await asyncio.sleep(2.5)
    print("main returns at", loop.time())


keep = []
loop = asyncio.new_event_loop()
loop.run_until_complete(main(keep))
loop.close()
print("loop closed")
gc.collect()
print("after first collect; kept task:", keep[0].get_name(), keep[0].done())
keep.clear()
gc.collect()
print("end")
