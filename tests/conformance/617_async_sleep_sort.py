# Checks: the "sleep sort" toy: each number sleeps its own value, so they print in ascending order (equal values in input order).
# clock: virtual
import asyncio

result = []

async def sleeper(n):
    await asyncio.sleep(n)
    result.append(n)
    print(n, end=" ")

async def main():
    numbers = [5, 3, 9, 1, 3, 7, 0, 2]
    await asyncio.gather(*(sleeper(n) for n in numbers))
    print()
    print(result == sorted(numbers), asyncio.get_running_loop().time())

asyncio.run(main())
