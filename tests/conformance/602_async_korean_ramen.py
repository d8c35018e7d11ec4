# Checks: a Korean cooking tutorial: boiling water, preparing toppings and noodles as tasks, with time.strftime('%X') stamps.
# clock: virtual
import asyncio
import time

def log(msg):
    print(f"[{time.strftime('%X')}] {msg}")

async def boil_water():
    log("물 끓이기 시작")
    await asyncio.sleep(3)
    log("물이 끓었다")

async def prepare(item, minutes):
    log(f"{item} 손질 시작")
    await asyncio.sleep(minutes)
    log(f"{item} 손질 끝")
    return item

async def main():
    water = asyncio.create_task(boil_water())
    toppings = asyncio.gather(prepare("파", 1), prepare("계란", 2))
    await water
    log("면과 스프 투입")
    items = await toppings
    await asyncio.sleep(4)
    log(f"라면 완성! 토핑: {', '.join(items)}")

asyncio.run(main())
