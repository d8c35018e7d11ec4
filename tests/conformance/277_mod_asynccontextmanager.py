# Checks: contextlib.asynccontextmanager used with `async with` inside a coroutine driven by a tiny asyncio.run.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print(f"{name} 연결")
    try:
        yield {"name": name, "open": True}
    finally:
        print(f"{name} 해제")

async def main():
    async with connection("db") as conn:
        print("사용 중:", conn)
    try:
        async with connection("cache"):
            raise RuntimeError("캐시 오류")
    except RuntimeError as e:
        print("잡음:", e)
    return "done"

print(asyncio.run(main()))
