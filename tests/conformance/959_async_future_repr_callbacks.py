# Checks: Future and Task reprs with their done callbacks (cb=[...], one, two, or first/<N more>/last), a task waiting on
# another task (wait_for=<Task ...>), and long results shortened as reprlib does.
# clock: virtual
import asyncio
import functools


def on_done(fut):
    print("callback saw", fut.result()[:10])


def log(tag, fut):
    pass


async def slow_square(x):
    await asyncio.sleep(1)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(functools.partial(log, "second"))
    print(fut)
    fut.add_done_callback(lambda f: None)
    fut.add_done_callback(print)
    print(fut)
    fut.set_result("x" * 100)
    print(fut)
    await asyncio.sleep(0)

    inner = asyncio.create_task(slow_square(7), name="inner")

    async def outer():
        return await inner

    waiter = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(inner)
    print(waiter)
    print(await waiter)
    print(waiter)
    big = asyncio.create_task(slow_square(10 ** 30))
    await big
    print(big)

asyncio.run(main())
