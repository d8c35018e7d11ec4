# Checks: CancelledError travels down an await chain (main -> a -> b) and back up; each level sees it; it is a BaseException, not an Exception.
# clock: virtual
import asyncio

async def b():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("b: cancelled")
        raise

async def a():
    try:
        await b()
    except Exception:
        print("a: never here, CancelledError is not an Exception")
    except asyncio.CancelledError:
        print("a: cancelled too")
        raise

async def main():
    t = asyncio.create_task(a())
    await asyncio.sleep(0.1)
    t.cancel()
    results = await asyncio.gather(t, return_exceptions=True)
    print("gather saw:", [type(r).__name__ for r in results])
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
