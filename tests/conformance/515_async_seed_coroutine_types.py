# Checks: the seed's f(): type of an async def function and of its coroutine; the unused coroutine warns when the module is torn down.
# clock: virtual
async def f():
    return 123

print(type(f)) # <class 'function'>

coro = f()
print(type(coro)) # <class 'coroutine'>
print(f.__name__, coro.__name__, coro.__qualname__)
