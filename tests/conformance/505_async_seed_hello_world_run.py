# Checks: the seed's hello_world coroutine run with asyncio.run, which returns the coroutine's return value.
# clock: virtual
import asyncio

# 비동기 함수를 만들었다.
async def hello_world():
    print('hello world')
    return 123

if __name__ == '__main__':
    result = asyncio.run(hello_world())  # 정상 실행된다.
    print(result)
    print(asyncio.run(hello_world()) + 1)
