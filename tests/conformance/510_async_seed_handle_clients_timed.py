# Checks: the two clients with loop.time() stamps, then the same requests handled one after another (sequential awaits).
# clock: virtual
import asyncio

async def handle_client(n, io_time):
    loop = asyncio.get_running_loop()
    print(f"[{loop.time():.1f}] 클라이언트 {n} 요청 처리 중")
    await asyncio.sleep(io_time)
    print(f"[{loop.time():.1f}] 클라이언트 {n}의 I/O 작업 완료")
    return n * 10

async def concurrent():
    return await asyncio.gather(handle_client(1, 3), handle_client(2, 1))

async def sequential():
    a = await handle_client(1, 3)
    b = await handle_client(2, 1)
    return [a, b]

loop_start = asyncio.run(concurrent())
print("동시:", loop_start)
print("순차:", asyncio.run(sequential()))
