# Checks: asyncio.run cancels leftover tasks and waits for them: a task whose cleanup sleeps delays the end of run (seen in time.monotonic()).
# clock: virtual
import asyncio
import time

async def saver():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"[{time.monotonic():.1f}] 취소됨, 저장 중...")
        await asyncio.sleep(2)
        print(f"[{time.monotonic():.1f}] 저장 완료")
        raise

async def main():
    asyncio.create_task(saver())
    await asyncio.sleep(1)
    print(f"[{time.monotonic():.1f}] main 반환")

asyncio.run(main())
print(f"[{time.monotonic():.1f}] 프로그램 끝")
