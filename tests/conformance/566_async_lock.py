# Checks: asyncio.Lock serialises a read-modify-write across awaits; waiters acquire in FIFO order; locked() and async with.
# clock: virtual
import asyncio

balance = 100

async def withdraw(name, amount, lock):
    global balance
    async with lock:
        print(f"{name}: 잠금 획득 (locked={lock.locked()})")
        current = balance
        await asyncio.sleep(0.1)
        balance = current - amount
        print(f"{name}: {amount} 출금, 잔액 {balance}")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw("A", 30, lock), withdraw("B", 50, lock), withdraw("C", 10, lock))
    print("최종 잔액:", balance, "locked:", lock.locked(), asyncio.get_running_loop().time())

asyncio.run(main())
