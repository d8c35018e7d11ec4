# Checks: a Korean bank-teller simulation: a PriorityQueue puts VIP customers first; two tellers serve with different speeds.
# clock: virtual
import asyncio

async def teller(name, q, speed):
    loop = asyncio.get_running_loop()
    while True:
        prio, seq, customer = await q.get()
        grade = "VIP" if prio == 0 else "일반"
        print(f"[{loop.time():.1f}] {name}: {customer}({grade}) 업무 시작")
        await asyncio.sleep(speed)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    customers = [("김철수", 1), ("이영희", 0), ("박민수", 1), ("최지우", 0), ("정하늘", 1)]
    for seq, (name, prio) in enumerate(customers):
        q.put_nowait((prio, seq, name))
    tellers = [asyncio.create_task(teller("1번 창구", q, 2)), asyncio.create_task(teller("2번 창구", q, 3))]
    await q.join()
    print(f"모든 고객 처리 완료: {asyncio.get_running_loop().time():.1f}초")
    for t in tellers:
        t.cancel()

asyncio.run(main())
