# Checks: a Korean retry tutorial: wait_for timeouts with exponential backoff between attempts; the third attempt succeeds.
# clock: virtual
import asyncio

attempts = 0

async def call_api():
    global attempts
    attempts += 1
    delay = 5 if attempts < 3 else 0.5
    await asyncio.sleep(delay)
    return {"status": 200, "attempt": attempts}

async def with_retry(max_tries=4, timeout=1.0):
    loop = asyncio.get_running_loop()
    backoff = 0.5
    for i in range(1, max_tries + 1):
        try:
            result = await asyncio.wait_for(call_api(), timeout)
            print(f"[{loop.time():.1f}] {i}번째 시도 성공: {result}")
            return result
        except TimeoutError:
            print(f"[{loop.time():.1f}] {i}번째 시도 시간 초과, {backoff}초 후 재시도")
            await asyncio.sleep(backoff)
            backoff *= 2
    raise RuntimeError("모든 시도 실패")

asyncio.run(with_retry())
