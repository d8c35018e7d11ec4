# Checks: asyncio.iscoroutine / iscoroutinefunction and inspect equivalents on functions, coroutines, tasks, generators and async generators.
# clock: virtual
import asyncio
import inspect

async def coro_fn():
    return 1

def plain():
    return 1

def gen_fn():
    yield 1

async def agen_fn():
    yield 1

c = coro_fn()
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(gen_fn), asyncio.iscoroutinefunction(agen_fn))
print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(gen_fn()))
print(inspect.iscoroutinefunction(coro_fn), inspect.iscoroutine(c), inspect.isawaitable(c))
print(inspect.isasyncgenfunction(agen_fn), inspect.isasyncgen(agen_fn()))
c.close()

async def main():
    t = asyncio.create_task(coro_fn())
    print(asyncio.iscoroutine(t), inspect.isawaitable(t), isinstance(t, asyncio.Future))
    print(asyncio.isfuture(t), asyncio.isfuture(c), await t)

asyncio.run(main())
