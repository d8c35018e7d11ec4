# Checks: the seed's loop.run_in_executor: blocking functions run in the default thread pool; gather returns their results in order (no times printed).
# clock: real
import asyncio
import time

def blocking_io(name, seconds):
    time.sleep(seconds)  # 스레드 안에서 블로킹
    return f"{name} 완료"

async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, blocking_io, f"작업{i}", 0.05 * (3 - i)) for i in range(3)]
    print(type(futures[0]).__name__)
    results = await asyncio.gather(*futures)
    print(results)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))

asyncio.run(main())
