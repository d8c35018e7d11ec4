# Checks: the seed's coro.throw(RuntimeError, 'something wrong') on an unstarted coroutine: the exception surfaces uncaught.
# clock: virtual
async def f():
    return 123

coro = f()
print("throw 전")
coro.throw(RuntimeError, 'something wrong') # RuntimeError: something wrong
print("실행되지 않음")
