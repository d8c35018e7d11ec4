# Checks: driving a coroutine by hand: asyncio.sleep(0) yields None to the driver; a pending Future yields itself; StopIteration ends it.
# clock: virtual
import asyncio

async def steps(fut):
    print("step 1")
    await asyncio.sleep(0)
    print("step 2")
    value = await fut
    print("step 3, got", value)
    return "finished"

loop = asyncio.new_event_loop()
fut = loop.create_future()
coro = steps(fut)
print("yielded:", coro.send(None))
yielded = coro.send(None)
print("yielded the future:", yielded is fut, yielded._asyncio_future_blocking)
fut.set_result(7)
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration.value =", e.value)
loop.close()
