# Checks: a Korean restaurant simulation: a TaskGroup of cooks takes orders from a Queue; sentinels stop the cooks.
# clock: virtual
import asyncio

MENU = {"김밥": 1, "라면": 2, "떡볶이": 3}

async def cook(name, orders):
    loop = asyncio.get_running_loop()
    served = 0
    while (order := await orders.get()) is not None:
        table, dish = order
        await asyncio.sleep(MENU[dish])
        served += 1
        print(f"[{loop.time():.0f}분] {name}: {table}번 테이블 {dish} 완성")
    return served

async def main():
    orders = asyncio.Queue()
    for table, dish in [(1, "라면"), (2, "김밥"), (3, "떡볶이"), (4, "김밥"), (5, "라면")]:
        orders.put_nowait((table, dish))
    async with asyncio.TaskGroup() as tg:
        cooks = [tg.create_task(cook(n, orders)) for n in ("요리사A", "요리사B")]
        for _ in cooks:
            orders.put_nowait(None)
    print("처리한 주문 수:", [c.result() for c in cooks])

asyncio.run(main())
