# Checks: the seed's scheduling example: loop.create_task twice then run_forever; a call_later(3, loop.stop) ends it (the seed runs forever).
# clock: virtual
import asyncio

async def coro1():
    print('C1: Start') # 1
    await asyncio.sleep(1) # 2
    print('C1: Stop') # 5

async def coro2():
    print('C2: Start') # 3
    await asyncio.sleep(2) # 4
    print('C2: Stop') # 6

loop = asyncio.get_event_loop()
loop.create_task(coro1())
loop.create_task(coro2())
loop.call_later(3, loop.stop)  # 원문은 영원히 실행된다
loop.run_forever()
print('루프 정지:', loop.time())
loop.close()
