# Checks: on wait_for timeout the inner coroutine's finally runs (even awaiting inside it) before TimeoutError reaches the caller.
# clock: virtual
import asyncio

async def connect():
    loop = asyncio.get_running_loop()
    print(f"[{loop.time():.1f}] 연결 시도")
    try:
        await asyncio.sleep(10)
    finally:
        print(f"[{loop.time():.1f}] 연결 정리 시작")
        await asyncio.sleep(0.5)
        print(f"[{loop.time():.1f}] 연결 정리 완료")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(connect(), timeout=1.5)
    except TimeoutError:
        print(f"[{loop.time():.1f}] TimeoutError 처리")
    task = asyncio.create_task(connect())
    try:
        await asyncio.wait_for(task, timeout=0)
    except TimeoutError:
        print(f"[{loop.time():.1f}] timeout=0: 즉시 초과, cancelled={task.cancelled()}")

asyncio.run(main())
