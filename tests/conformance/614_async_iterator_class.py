# Checks: a class with __aiter__/__anext__ raising StopAsyncIteration, used by `async for` in two tasks concurrently.
# clock: virtual
import asyncio

class Countdown:
    def __init__(self, name, n, step):
        self.name, self.n, self.step = name, n, step

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.step)
        self.n -= 1
        return f"{self.name}:{self.n}"

async def run(name, n, step):
    out = []
    async for value in Countdown(name, n, step):
        print(f"{asyncio.get_running_loop().time():.1f} {value}")
        out.append(value)
    return out

async def main():
    print(await asyncio.gather(run("로켓", 3, 1), run("타이머", 2, 1.5)))

asyncio.run(main())
