# Checks: wait() with ALL_COMPLETED and timeout: on timeout the unfinished tasks come back in pending, not cancelled; no TimeoutError.
# clock: virtual
import asyncio

async def download(name, d):
    await asyncio.sleep(d)
    print(f"  {name} 다운로드 완료")
    return name

async def main():
    loop = asyncio.get_running_loop()
    ts = {asyncio.create_task(download(f"file{d}", d), name=f"file{d}") for d in (1, 2, 4, 8)}
    done, pending = await asyncio.wait(ts, timeout=3)
    print("t =", loop.time())
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending), [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=10)
    print("t =", loop.time(), len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
