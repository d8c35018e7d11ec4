# Checks: wait_for(shield(task), timeout): the timeout fires but the shielded task survives and can be awaited later.
# clock: virtual
import asyncio

async def report():
    await asyncio.sleep(4)
    return "보고서 완성"

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(report())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print("1초 안에 못 받음; task.cancelled() =", task.cancelled())
    print(await task, loop.time())
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print(await asyncio.shield(done))

asyncio.run(main())
