# Checks: a Korean chat simulation: one Queue per user, a broadcaster task, and users reading messages at different speeds.
# clock: virtual
import asyncio

async def user(name, inbox, speed):
    loop = asyncio.get_running_loop()
    while True:
        msg = await inbox.get()
        if msg is None:
            print(f"[{loop.time():.1f}] {name} 퇴장")
            return
        await asyncio.sleep(speed)
        print(f"[{loop.time():.1f}] {name} 읽음: {msg}")

async def broadcast(inboxes, messages):
    for msg in messages:
        for box in inboxes.values():
            await box.put(msg)
        await asyncio.sleep(1)
    for box in inboxes.values():
        await box.put(None)

async def main():
    inboxes = {"민준": asyncio.Queue(), "서연": asyncio.Queue()}
    speeds = {"민준": 0.3, "서연": 1.5}
    users = [asyncio.create_task(user(n, q, speeds[n])) for n, q in inboxes.items()]
    await broadcast(inboxes, ["안녕하세요", "점심 뭐 먹지?", "회의 시작합니다"])
    await asyncio.gather(*users)

asyncio.run(main())
