# Checks: asyncio.TaskGroup waits for every task created in it at the end of the `async with`; results read afterwards.
# clock: virtual
import asyncio

async def cook(dish, minutes):
    print(f"{dish} 요리 시작")
    await asyncio.sleep(minutes)
    print(f"{dish} 완성 ({minutes}분)")
    return dish

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        rice = tg.create_task(cook("밥", 3))
        soup = tg.create_task(cook("국", 2), name="soup")
        print("태스크 이름:", rice.get_name(), soup.get_name())
    print("모두 완성:", rice.result(), soup.result(), "t =", loop.time())

asyncio.run(main())
