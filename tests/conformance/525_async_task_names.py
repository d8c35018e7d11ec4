# Checks: create_task(name=...) still consumes a Task-N number; set_name renames; non-str names are converted with str().
# clock: virtual
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()

async def main():
    t1 = asyncio.create_task(job())
    t2 = asyncio.create_task(job(), name="다운로드")
    t3 = asyncio.create_task(job())
    t4 = asyncio.create_task(job(), name=42)
    print([t.get_name() for t in (t1, t2, t3, t4)])
    t3.set_name("renamed")
    t1.set_name(3.5)
    print(await asyncio.gather(t1, t2, t3, t4))
    print(asyncio.current_task().get_name())

asyncio.run(main())
