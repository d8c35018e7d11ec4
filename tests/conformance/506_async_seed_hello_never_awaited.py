# Checks: calling a coroutine function without await only makes a coroutine object; dropping it warns "was never awaited".
# clock: virtual
import asyncio

async def hello_world():
    print('hello world')
    return 123

if __name__ == '__main__':
    hello_world()  # 이거 실행하면 'hello_world' was never awaited 경고가 난다.
    print('hello world 는 출력되지 않았다')
    asyncio.run(hello_world())  # 정상 실행된다.
