# clock: virtual
# Awaiting futures every way tutorials and libraries do: plain and
# subclassed Futures, `yield from`, a manual __await__ iterator, results,
# exceptions and cancellations coming out of the await, and sleeps with
# odd delays. (The engine's FutureIter and sleep fast paths.)
import asyncio


class TracedFuture(asyncio.Future):
    def result(self):
        print("  TracedFuture.result() called")
        return super().result()


async def settle_later(fut, value, delay=0.1):
    await asyncio.sleep(delay)
    if isinstance(value, BaseException):
        fut.set_exception(value)
    else:
        fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()

    fut = loop.create_future()
    loop.create_task(settle_later(fut, 41))
    print("plain:", await fut)
    print("again:", await fut)

    traced = TracedFuture()
    loop.create_task(settle_later(traced, "sub"))
    print("subclass:", await traced)

    bad = loop.create_future()
    loop.create_task(settle_later(bad, ValueError("boom")))
    try:
        await bad
    except ValueError as e:
        print("raised:", repr(e), e.__traceback__ is not None)

    cancelled = loop.create_future()
    loop.call_later(0.05, cancelled.cancel, "stop it")
    try:
        await cancelled
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)

    it = fut.__await__()
    print("iterator:", type(it).__name__, iter(it) is it)
    try:
        next(it)
    except StopIteration as e:
        print("done at once:", e.value)

    pending = loop.create_future()
    it = pending.__await__()
    print("yields itself:", next(it) is pending, pending._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        it.throw(KeyError("thrown"))
    except KeyError as e:
        print("throw re-raises:", repr(e))

    def old_style():
        value = yield from fut
        return value * 2
    print("yield from:", await asyncio.ensure_future(_wrap(old_style())))

    for delay in (0, 0.25, 1, True, 10**-9):
        t0 = loop.time()
        r = await asyncio.sleep(delay, result=delay)
        print("sleep", repr(delay), "->", repr(r), round(loop.time() - t0, 9))

    sleeper = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0.5)
    sleeper.cancel("wake up")
    try:
        await sleeper
    except asyncio.CancelledError as e:
        print("sleep cancelled:", e.args, sleeper.cancelled())
    print("scheduled timers left:", len([h for h in loop._scheduled if not h[2].cancelled()]) if hasattr(loop, "_scheduled") else 0)


async def _wrap(gen):
    return await asyncio.wrap_future(asyncio.ensure_future(_drive(gen)))


async def _drive(gen):
    try:
        x = gen.send(None)
        while True:
            await asyncio.sleep(0)
            x = gen.send(None)
    except StopIteration as e:
        return e.value


asyncio.run(main())
