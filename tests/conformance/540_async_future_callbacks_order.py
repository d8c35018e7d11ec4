# Checks: Future done callbacks are scheduled with call_soon, so they run after the code that resolved the future, in registration order.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print(f"cb{i}", f.result()))
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result("값")
    print("set_result returned")
    loop.call_soon(print, "call_soon after set_result")
    await asyncio.sleep(0)
    print("after one yield")
    fut.add_done_callback(lambda f: print("late cb"))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
