# Checks: a class with __await__ delegating to a future: awaited from several tasks; a bad __await__ returning a non-iterator is a TypeError.
# clock: virtual
import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.seconds, fut.set_result, self.value)
        result = yield from fut.__await__()
        return result * 2

class Broken:
    def __await__(self):
        return 42

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(Delay(2, "a"), Delay(1, 5)), loop.time())
    try:
        await Broken()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
