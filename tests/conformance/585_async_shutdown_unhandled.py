# Checks: a leftover task that raises while asyncio.run cancels it at shutdown: "unhandled exception during asyncio.run() shutdown".
# clock: virtual
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(100)
    finally:
        print("정리 중 오류 발생")
        raise OSError("정리 실패")

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("main 끝")

asyncio.run(main())
print("after run")
