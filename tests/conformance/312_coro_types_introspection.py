# Checks: coroutine/generator/async-generator objects' type names, __name__, and the TypeError from next()/iter() on a coroutine.
import types

async def coro_fn():
    return 1

def gen_fn():
    yield 1

async def agen_fn():
    yield 1

c = coro_fn()
g = gen_fn()
a = agen_fn()
print(type(c).__name__, type(g).__name__, type(a).__name__)
print(c.__name__, g.__name__, a.__name__, coro_fn.__name__)
print(isinstance(c, types.CoroutineType), isinstance(g, types.GeneratorType), isinstance(a, types.AsyncGeneratorType))
print(hasattr(c, "send"), hasattr(c, "__await__"), hasattr(g, "__await__"), hasattr(a, "__anext__"))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()
print("closed coroutine gives no warning")
for x in a:
    pass
