# Checks: asyncio.Runner keeps one loop across several run() calls (loop time carries on); the loop is closed after the with block.
# clock: virtual
import asyncio

async def tick(label, d):
    await asyncio.sleep(d)
    loop = asyncio.get_running_loop()
    return f"{label} at {loop.time()} ({asyncio.current_task().get_name()})"

with asyncio.Runner() as runner:
    print(runner.run(tick("first", 1)))
    print(runner.run(tick("second", 2)))
    loop = runner.get_loop()
    print("closed inside:", loop.is_closed())
print("closed after:", loop.is_closed())

runner = asyncio.Runner()
print(runner.run(tick("third", 0.5)))
runner.close()
try:
    runner.run(tick("fourth", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
