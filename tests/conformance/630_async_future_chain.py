# Checks: futures chained by done callbacks: resolving the first resolves the next via call_soon, one loop step later each.
# clock: virtual
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    for a, b in zip(futs, futs[1:]):
        a.add_done_callback(lambda f, b=b: (print("relay", f.result()), b.set_result(f.result() + 1)))
    loop.call_later(1, futs[0].set_result, 10)
    print("last:", await futs[-1], loop.time())
    print([f.result() for f in futs])

asyncio.run(main())
