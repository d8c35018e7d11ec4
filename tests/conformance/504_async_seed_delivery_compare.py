# Checks: sync vs async delivery side by side, printing raw elapsed floats (exact on the virtual clock) and the speed-up.
# clock: virtual
import asyncio
import time

def sync_delivery(name, mealtime):
    print(f'{name}에게 배달 완료')
    time.sleep(mealtime)
    print(f'{name} 그릇 수거 완료')

async def async_delivery(name, mealtime):
    print(f'{name}에게 배달 완료')
    await asyncio.sleep(mealtime)
    print(f'{name} 그릇 수거 완료')

orders = [('A', 3), ('B', 3), ('C', 4)]

start = time.time()
for name, mealtime in orders:
    sync_delivery(name, mealtime)
sync_elapsed = time.time() - start
print('동기:', sync_elapsed)

async def main():
    await asyncio.gather(*(async_delivery(n, m) for n, m in orders))

start = time.perf_counter()
asyncio.run(main())
async_elapsed = time.perf_counter() - start
print('비동기:', async_elapsed)
print(f'{sync_elapsed / async_elapsed:.2f}배 빠름')
print(time.monotonic(), time.time())
