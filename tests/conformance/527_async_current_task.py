# Checks: asyncio.current_task() inside tasks and gathered coroutines (gather wraps each coroutine in its own task).
# clock: virtual
import asyncio

async def who(tag, delay):
    await asyncio.sleep(delay)
    t = asyncio.current_task()
    print(f"{tag}: {t.get_name()} coro={t.get_coro().__name__}")

async def main():
    print("main is", asyncio.current_task().get_name())
    await who("awaited directly", 0)
    await asyncio.gather(who("g1", 0.2), who("g2", 0.1))
    await asyncio.create_task(who("task", 0), name="explicit")
    print(asyncio.current_task() is asyncio.current_task())

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
