# Checks: Future.set_exception: awaiting raises it, exception() returns it, result() re-raises; a cancelled future raises CancelledError.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, ConnectionError("서버 응답 없음"))
    try:
        await fut
    except ConnectionError as e:
        print("await raised:", repr(e))
    print("exception():", repr(fut.exception()))
    try:
        fut.result()
    except ConnectionError as e:
        print("result() raised:", e)
    f2 = loop.create_future()
    print("cancel:", f2.cancel(), f2.cancelled())
    try:
        await f2
    except asyncio.CancelledError:
        print("await cancelled future -> CancelledError")
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
