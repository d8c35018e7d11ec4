# Checks: a Future resolved by a call_later callback: awaiting tasks wake in the order they started waiting; done callbacks get the future.
# clock: virtual
import asyncio

async def waiter(name, fut):
    print(f"{name} 기다림")
    value = await fut
    print(f"{name} 받음: {value}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback:", f.result()))
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    loop.call_later(2, fut.set_result, "택배 도착")
    print("done?", fut.done())
    await asyncio.gather(*tasks)
    print("done?", fut.done(), "t =", loop.time())
    print(await fut, await fut)

asyncio.run(main())
