# Checks: cancelling the future returned by gather cancels every unfinished child; awaiting it raises CancelledError.
# clock: virtual
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    group = asyncio.gather(child("x", 1), child("y", 5), child("z", 6))
    await asyncio.sleep(2)
    print("cancel:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled:", group.cancelled())

asyncio.run(main())
