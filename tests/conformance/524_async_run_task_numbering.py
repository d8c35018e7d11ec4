# Checks: Task-N numbering is global across runs: each asyncio.run numbers main, its child and its two shutdown tasks (shutdown_asyncgens, shutdown_default_executor).
# clock: virtual
import asyncio

async def child():
    return asyncio.current_task().get_name()

async def main(label):
    me = asyncio.current_task().get_name()
    kid = await asyncio.create_task(child())
    print(label, me, kid)

asyncio.run(main("first"))
asyncio.run(main("second"))
asyncio.run(main("third"))
