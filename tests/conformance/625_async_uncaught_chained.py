# Checks: an exception raised while handling another inside a task: the uncaught traceback shows both, joined by "During handling...".
# clock: virtual
import asyncio

async def read_user(data):
    await asyncio.sleep(0.1)
    try:
        return data["user"]
    except KeyError:
        raise LookupError("사용자 정보 없음")

async def main():
    task = asyncio.create_task(read_user({}))
    await task

asyncio.run(main())
