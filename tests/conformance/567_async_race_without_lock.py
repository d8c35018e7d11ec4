# Checks: the same read-modify-write without a lock loses updates: every task reads the old balance before anyone writes.
# clock: virtual
import asyncio

balance = 100

async def withdraw(name, amount):
    global balance
    current = balance
    print(f"{name}: 잔액 {current} 읽음")
    await asyncio.sleep(0.1)
    balance = current - amount
    print(f"{name}: 잔액을 {balance}로 기록")

async def main():
    await asyncio.gather(withdraw("A", 30), withdraw("B", 50), withdraw("C", 10))
    print("최종 잔액:", balance, "(기대값 10)")

asyncio.run(main())
