# Checks: a Korean comparison of three "downloads" done with time.sleep vs asyncio.sleep, timed with time.perf_counter.
# clock: virtual
import asyncio
import time

FILES = {"사진.jpg": 1.5, "음악.mp3": 2.0, "문서.pdf": 0.5}

def download_sync(name):
    time.sleep(FILES[name])
    print(f"  {name} 완료")

async def download_async(name):
    await asyncio.sleep(FILES[name])
    print(f"  {name} 완료")

print("동기 다운로드")
t0 = time.perf_counter()
for name in FILES:
    download_sync(name)
sync_time = time.perf_counter() - t0
print(f"동기: {sync_time:.1f}초")

async def main():
    await asyncio.gather(*(download_async(n) for n in FILES))

print("비동기 다운로드")
t0 = time.perf_counter()
asyncio.run(main())
async_time = time.perf_counter() - t0
print(f"비동기: {async_time:.1f}초, {sync_time - async_time:.1f}초 절약")
