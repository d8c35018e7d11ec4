# Checks: sys.exit() inside a coroutine under asyncio.run ends the program with that status and no traceback; finally blocks run.
# clock: virtual
import asyncio
import sys

async def main():
    try:
        print("종료 전")
        await asyncio.sleep(1)
        sys.exit(3)
    finally:
        print("finally 실행")

try:
    asyncio.run(main())
finally:
    print("asyncio.run 밖의 finally")
