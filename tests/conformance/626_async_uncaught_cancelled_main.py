# Checks: main cancelling itself and not catching it: asyncio.run raises CancelledError, printed as asyncio.exceptions.CancelledError.
# clock: virtual
import asyncio

async def main():
    print("main 시작")
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
    print("출력되지 않음")

asyncio.run(main())
