# Checks: a failing TaskGroup child cancels its siblings and the group raises ExceptionGroup, caught with except ExceptionGroup.
# clock: virtual
import asyncio

async def ok(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} 완료")
    except asyncio.CancelledError:
        print(f"{name} 취소됨")
        raise

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("잘못된 입력")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("빠른 작업", 0.5))
            tg.create_task(bad(1))
            tg.create_task(ok("느린 작업", 5))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg.message, "|", eg.exceptions, "t =", loop.time())
        print(repr(eg))

asyncio.run(main())
