# Checks: a coroutine that is called but never awaited prints CPython's RuntimeWarning on stderr and never runs its body.
async def coroutine():
    print('coroutine start')

coroutine()
print("coroutine start가 출력되지 않는다")
