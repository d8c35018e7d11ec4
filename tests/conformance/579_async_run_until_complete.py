# Checks: the pre-3.7 style: new_event_loop, set_event_loop, run_until_complete with a coroutine and with a task, then close.
# clock: virtual
import asyncio

async def compute(x):
    await asyncio.sleep(1)
    return x * x

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(3)))
task = loop.create_task(compute(4))
print(task.get_name(), loop.run_until_complete(task))
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
print("time:", loop.time(), "running:", loop.is_running())
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(compute(5))
except RuntimeError as e:
    print("RuntimeError:", e)
