# Checks: an exception in a call_soon callback is logged as "Exception in callback ..." and the loop goes on; set_exception_handler replaces the log.
# clock: virtual
import asyncio

def broken():
    raise ValueError("콜백 오류")

def handler(loop, context):
    print("handler:", context["message"], "|", repr(context.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    await asyncio.sleep(0.1)
    print("loop continues")
    loop.set_exception_handler(handler)
    loop.call_soon(broken)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "직접 보고"})
    print(loop.get_exception_handler() is handler)

asyncio.run(main())
