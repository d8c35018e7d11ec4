# Checks: asyncio.create_task outside a running loop raises RuntimeError: no running event loop, and the coroutine warns "never awaited".
# clock: virtual
import asyncio

async def job():
    return 1

try:
    asyncio.create_task(job())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.sleep(1).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(job()))
