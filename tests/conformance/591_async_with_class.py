# Checks: a class with __aenter__/__aexit__ used by several tasks; __aexit__ sees the exception and can suppress it.
# clock: virtual
import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.5)
        print(f"{self.name}: 연결됨")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"{self.name}: 연결 종료 ({exc_type.__name__ if exc_type else '정상'})")
        return exc_type is KeyError

async def use(name, fail=None):
    async with Connection(name) as conn:
        await asyncio.sleep(1)
        if fail:
            raise fail
        return f"{conn.name} ok"

async def main():
    print(await asyncio.gather(use("db1"), use("db2", KeyError("k")), use("db3", ValueError("v")), return_exceptions=True))

asyncio.run(main())
