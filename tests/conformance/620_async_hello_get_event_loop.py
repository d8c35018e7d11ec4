# Checks: the old-style hello world: get_event_loop().run_until_complete(hello_world()) returns 123, and loop.close() at the end.
# clock: virtual
import asyncio

async def hello_world():
    print('hello world')
    await asyncio.sleep(1)
    return 123

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello_world()))
print(loop.time(), loop.is_closed())
loop.close()
print(loop.is_closed())
