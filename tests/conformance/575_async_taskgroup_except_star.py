# Checks: except* splits a TaskGroup's ExceptionGroup by type; both handlers run; two children failing at the same time are both collected.
# clock: virtual
import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("값 오류"), 1))
            tg.create_task(fail(TypeError("타입 오류"), 1))
            tg.create_task(fail(ValueError("또 값 오류"), 1))
    except* ValueError as eg:
        print("ValueError들:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError들:", [str(e) for e in eg.exceptions])
    print("계속 진행")

asyncio.run(main())
