# Checks: gather(return_exceptions=True) puts exceptions in the result list in place; the other awaitables all finish.
# clock: virtual
import asyncio

async def check(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"홀수 {n}")
    return n

async def main():
    results = await asyncio.gather(*(check(n) for n in range(5)), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    ok = [r for r in results if not isinstance(r, Exception)]
    print("성공:", ok, "t =", asyncio.get_running_loop().time())

asyncio.run(main())
