# Checks: tasks spawning tasks (a fan-out tree); start and finish order by depth and delay; Task-N names in creation order.
# clock: virtual
import asyncio

async def node(path, depth):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} start {path} {asyncio.current_task().get_name()}")
    if depth:
        kids = [asyncio.create_task(node(f"{path}.{i}", depth - 1)) for i in range(2)]
        await asyncio.sleep(0.5)
        total = sum(await asyncio.gather(*kids))
    else:
        await asyncio.sleep(1)
        total = 1
    print(f"{loop.time():.1f} end   {path} -> {total}")
    return total

print(asyncio.run(node("root", 2)))
