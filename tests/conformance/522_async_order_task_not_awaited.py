# Checks: a task never awaited still runs when main yields; one still sleeping when main returns is cancelled by asyncio.run (its finally runs).
# clock: virtual
import asyncio

async def background(name, delay):
    try:
        print(f"{name}: start")
        await asyncio.sleep(delay)
        print(f"{name}: finished")
    finally:
        print(f"{name}: finally")

async def main():
    asyncio.create_task(background("quick", 0.5))
    asyncio.create_task(background("slow", 10))
    await asyncio.sleep(1)
    print("main returns at", asyncio.get_running_loop().time())

asyncio.run(main())
print("after run")
