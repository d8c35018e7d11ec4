# Checks: how asyncio.run finalises async generators: one dropped unfinished goes to the loop's finalizer hook (its aclose() runs as a task of its own, numbered like any task); one still referenced at the end is closed by shutdown_asyncgens (through gather, so more task numbers); a closed or exhausted one needs nothing.
# clock: virtual
import asyncio

async def numbers(label):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0.5)
    finally:
        task = asyncio.current_task()
        name = task.get_name() if task else None
        print(f"{label}: finally in {name} at {asyncio.get_running_loop().time()}")

keep = []

async def consume(label, upto):
    async for x in numbers(label):
        if x == upto:
            break
    print(f"{label}: broke at {x}")

async def main():
    await consume("dropped", 1)
    print("after consume")
    await asyncio.sleep(0)
    print("after sleep(0)")
    g = numbers("kept")
    keep.append(g)
    print("first:", await g.__anext__())
    exhausted = numbers("exhausted")
    print([x async for x in exhausted])
    t = asyncio.create_task(asyncio.sleep(1))
    print("main done with", t.get_name())

asyncio.run(main())
print("after run")
asyncio.run(main())
print("again")
