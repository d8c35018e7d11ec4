# Checks: gather returns results in argument order, not completion order; accepts tasks and coroutines mixed; gather() of nothing is [].
# clock: virtual
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} 완료 ({delay}s)")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fetch("task", 2))
    results = await asyncio.gather(fetch("slow", 3), t, fetch("fast", 1))
    print(results, loop.time())
    print(await asyncio.gather())
    print(await asyncio.gather(t, t))

asyncio.run(main())
