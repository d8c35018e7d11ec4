# Checks: asyncio.wait in 3.11 refuses bare coroutines with TypeError (the dropped coroutines then warn "never awaited"); wrapping them in tasks works.
# clock: virtual
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    try:
        await asyncio.wait([job(1), job(2)])
    except TypeError as e:
        print("TypeError:", e)
    print("이제 태스크로 감싼다")
    done, pending = await asyncio.wait([asyncio.create_task(job(n)) for n in (1, 2)])
    print(sorted(t.result() for t in done), len(pending))

asyncio.run(main())
