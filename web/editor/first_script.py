import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello, {name}")


async def main():
    await asyncio.gather(greet("world", 1.0), greet("asyncio", 0.5))


asyncio.run(main())
