# Checks (a tutorial-style tour of mistakes): asyncio.run inside a loop, bad timeouts, awaiting an int, a forgotten await, result() too early, run_until_complete while running, a task's unretrieved exception, asyncio.run(function).
# clock: virtual
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def nested():
    try:
        asyncio.run(work(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.wait_for(work(1), "soon")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    asyncio.sleep(1)
    t = asyncio.create_task(work(2))
    print(t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(work(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.gather(work(1), asyncio.sleep("x"))
    except TypeError as e:
        print("TypeError:", e)
    async def fails():
        await asyncio.sleep(0.5)
        raise ValueError("in a task nobody awaits")
    asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("main ends")


asyncio.run(nested())
print("after run")
try:
    asyncio.run(work)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
