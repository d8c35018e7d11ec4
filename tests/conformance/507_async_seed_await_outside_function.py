# Checks: the seed's `await hello_world()` under `if __name__ == '__main__':` is a SyntaxError; nothing runs.
# clock: virtual
import asyncio

async def hello_world():
    print('hello world')
    return 123

if __name__ == '__main__':
    print('실행되지 않음')
    # 그렇다면 이렇게?
    await hello_world()  # await outside function
    asyncio.run(hello_world())
