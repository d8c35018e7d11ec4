# Checks: "Task exception was never retrieved" is logged the moment the last reference to a failed task goes (del), not at exit.
# clock: virtual
import asyncio

async def boom(n):
    raise RuntimeError(f"boom {n}")

async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.5)
    print("before del")
    del t
    print("after del")
    t2 = asyncio.create_task(boom(2))
    await asyncio.sleep(0.5)
    print("retrieved:", repr(t2.exception()))
    del t2
    print("no message for t2")

asyncio.run(main())
