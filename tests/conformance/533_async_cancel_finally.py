# Checks: cancelling a task runs its finally blocks (innermost first), even across awaits inside finally; the awaiter sees CancelledError.
# clock: virtual
import asyncio

async def inner():
    try:
        print("inner: 작업 중")
        await asyncio.sleep(5)
    finally:
        print("inner: 정리 시작")
        await asyncio.sleep(0.5)
        print("inner: 정리 끝")

async def outer():
    try:
        await inner()
    finally:
        print("outer: finally")

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(outer())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: 취소 확인", round(loop.time(), 2))

asyncio.run(main())
