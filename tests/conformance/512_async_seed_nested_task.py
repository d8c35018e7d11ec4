# Checks: the seed's task example: create_task schedules nested() to run concurrently; awaiting the task gives 42.
# clock: virtual
import asyncio

async def nested():
    print("nested 실행")
    return 42

async def main():
    # nested코루틴이 main코루틴과 동시에 실행되도록 예약
    task = asyncio.create_task(nested())
    print("태스크 생성됨:", task.get_name(), task.done())
    result = await task
    print("결과:", result, task.done())

asyncio.run(main())
