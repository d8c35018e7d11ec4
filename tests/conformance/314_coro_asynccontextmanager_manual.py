# Checks: an @asynccontextmanager used by `async with` in a coroutine driven by plain send(None) calls, without an event loop.
from contextlib import asynccontextmanager

class Pause:
    def __await__(self):
        yield "pause"

@asynccontextmanager
async def timer(label):
    print(f"[{label}] 시작")
    await Pause()
    try:
        yield label.upper()
    finally:
        print(f"[{label}] 종료")

async def job():
    async with timer("download") as name:
        print("inside", name)
        await Pause()
    return "job finished"

coro = job()
try:
    while True:
        print("driver sees:", coro.send(None))
except StopIteration as stop:
    print(stop.value)
