# Checks: breaking out of `async for` leaves the async generator suspended; aclose() runs its finally; asyncio.run finalises the rest at shutdown.
# clock: virtual
import asyncio

async def stream(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(f"{name}: finally")

async def main():
    g = stream("closed")
    async for x in g:
        if x == 2:
            break
    print("break at", x)
    await g.aclose()
    print("after aclose")
    g2 = stream("left open")
    async for x in g2:
        if x == 1:
            break
    print("main returns")

asyncio.run(main())
print("after run")
