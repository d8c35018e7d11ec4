# Checks: coro.close() runs finally blocks, a finished coroutine cannot be awaited again, and awaiting a coroutine twice fails.
class Yield:
    def __await__(self):
        yield

async def task(name):
    try:
        print(name, "시작")
        await Yield()
        print(name, "재개")
    finally:
        print(name, "정리")

c = task("A")
c.send(None)
c.close()
print("closed")

async def answer():
    return 42

async def main():
    shared = answer()
    first = await shared
    print("first await:", first)
    second = await shared
    print("never", second)

m = main()
m.send(None)
