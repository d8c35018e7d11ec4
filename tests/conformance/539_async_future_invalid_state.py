# Checks: InvalidStateError when a Future is resolved twice or read too early; set_result after cancel; messages as CPython words them.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for action in (fut.result, fut.exception):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print(action.__name__, "->", e)
    fut.set_result(1)
    for action in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    print(fut.result(), fut.cancel())
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(5)
    except asyncio.InvalidStateError as e:
        print("after cancel:", e)
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
