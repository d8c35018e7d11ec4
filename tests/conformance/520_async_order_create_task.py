# Checks: tasks created in a row start in creation order, after the creator yields; prints at the same virtual time keep that order.
# clock: virtual
import asyncio

async def worker(name, delay):
    print(f"{name} 시작")
    await asyncio.sleep(delay)
    print(f"{name} 끝 ({delay}s)")

async def main():
    tasks = [asyncio.create_task(worker(n, d)) for n, d in [("A", 1), ("B", 1), ("C", 0.5), ("D", 1)]]
    print("main: 태스크 4개 생성")
    await asyncio.sleep(0)
    print("main: 한 번 양보한 뒤")
    for t in tasks:
        await t
    print("main: 모두 완료")

asyncio.run(main())
