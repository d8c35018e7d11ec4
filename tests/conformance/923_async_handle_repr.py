# Checks: how the loop shows callbacks: Handle/TimerHandle reprs (arguments shortened as reprlib does, functools.partial unfolded, the function's file:line), cancelled handles, and the context an exception handler receives for a failing call_later callback.
# clock: virtual
import asyncio
import functools

def report(level, text, *, sep=": "):
    print(f"{level}{sep}{text}")

def failing(n):
    raise KeyError(n)

def handler(loop, context):
    print("handler got:", sorted(context))
    print("  message:", context["message"])
    print("  handle:", context["handle"])

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(report, "info", "x" * 50)
    print(h)
    t = loop.call_later(1.5, functools.partial(report, "warn", sep=" - "), "late")
    print(t)
    print(t.when())
    t.cancel()
    print(t, t.cancelled())
    print(loop.call_soon(print, 10 ** 45, [1, 2, 3, 4, 5, 6, 7], {"k": (1,)}))
    print(loop.call_soon(lambda: None))
    loop.set_exception_handler(handler)
    loop.call_later(0.25, failing, "열쇠")
    await asyncio.sleep(0.5)
    print("done at", loop.time())

asyncio.run(main())
