# Checks: add_done_callback runs callbacks via call_soon in registration order, after the task finishes; remove_done_callback; callbacks added late still run.
# clock: virtual
import asyncio
import functools

def report(tag, task):
    print(f"callback {tag}: {task.get_name()} -> {task.result()}")

async def job(x):
    await asyncio.sleep(x)
    print("job", x, "returning")
    return x * 100

async def main():
    t = asyncio.create_task(job(1), name="job1")
    t.add_done_callback(functools.partial(report, "first"))
    t.add_done_callback(functools.partial(report, "second"))
    third = functools.partial(report, "third")
    t.add_done_callback(third)
    print("removed:", t.remove_done_callback(third))
    print("awaited:", await t)
    print("after await")
    t.add_done_callback(functools.partial(report, "late"))
    print("late callback registered")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
