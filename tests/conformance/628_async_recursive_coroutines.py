# Checks: recursive coroutines: an async factorial awaiting itself, and an async fib fanning out with gather (tasks per call).
# clock: virtual
import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0.1)
    return n * await factorial(n - 1)

async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    print(await factorial(10), round(loop.time(), 2))
    print([await fib(n) for n in range(12)], round(loop.time(), 2))

asyncio.run(main())
