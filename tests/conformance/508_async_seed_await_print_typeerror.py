# Checks: `await print(...)`: print runs first, then awaiting None raises TypeError, shown through asyncio.run's frames.
# clock: virtual
import asyncio

# 그렇다면 await를 함수안에 아무곳에나 써도 될까?
async def hello_world():
    await print('hello world')
    return 123

asyncio.run(hello_world())
