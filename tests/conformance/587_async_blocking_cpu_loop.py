# Checks: CPU-bound work inside a coroutine never yields: other tasks run only after it finishes (on the ideal clock it costs no time).
# clock: virtual
import asyncio

async def crunch():
    print("crunch 시작")
    total = sum(i * i for i in range(20000))
    print("crunch 끝", total)

async def chatty(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(chatty("a"), crunch(), chatty("b"))
    print("t =", asyncio.get_running_loop().time())

asyncio.run(main())
