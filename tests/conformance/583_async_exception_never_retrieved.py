# Checks: a task that fails and is never awaited logs "Task exception was never retrieved" with its traceback as soon as it is freed (right after failing: nothing references it).
# clock: virtual
import asyncio

async def fragile():
    await asyncio.sleep(1)
    raise ValueError("아무도 확인하지 않은 오류")

async def main():
    asyncio.create_task(fragile())
    await asyncio.sleep(2)
    print("main 끝")

asyncio.run(main())
print("프로그램 끝")
