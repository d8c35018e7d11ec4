# Checks: shield: cancelling the outer await raises CancelledError there while the shielded task keeps running to completion.
# clock: virtual
import asyncio

async def save_to_db():
    print("저장 시작")
    await asyncio.sleep(3)
    print("저장 완료")
    return "saved"

async def handler(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler 취소됨, 저장은 계속")
        raise

async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(save_to_db())
    h = asyncio.create_task(handler(inner))
    await asyncio.sleep(1)
    h.cancel()
    await asyncio.sleep(0)
    print("handler cancelled:", h.cancelled(), "inner done:", inner.done())
    print(await inner, "at", loop.time())

asyncio.run(main())
