# Checks: the seed's two clients under gather: client 2 (1 s) finishes before client 1 (3 s).
# clock: virtual
import asyncio

async def handle_client1():
    print("클라이언트 1 요청 처리 중")
    await asyncio.sleep(3)  # I/O 작업을 모방하는 비동기 대기
    print("클라이언트 1의 I/O 작업 완료")

async def handle_client2():
    print("클라이언트 2 요청 처리 중")
    await asyncio.sleep(1)  # I/O 작업을 모방하는 비동기 대기
    print("클라이언트 2의 I/O 작업 완료")

async def main():
    await asyncio.gather(handle_client1(), handle_client2()) # 동시 요청을 가정

# 메인 비동기 실행
asyncio.run(main())
