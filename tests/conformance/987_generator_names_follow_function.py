# A generator or coroutine takes its __name__ and __qualname__ from the
# function when it is called, even if the function was renamed.
import functools


def count(n):
    yield from range(n)


async def fetch():
    return 1


g = count(2)
print(g.__name__, g.__qualname__)
count.__name__ = "counter"
count.__qualname__ = "Tools.counter"
h = count(3)
print(h.__name__, h.__qualname__, list(h))
print(g.__name__, list(g))

fetch.__qualname__ = "Client.fetch"
c = fetch()
print(c.__name__, c.__qualname__)
print(repr(c).split(" at ")[0])
c.close()


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper


@logged
async def job():
    return 2


co = job()
print(type(co).__name__, co.__qualname__)
try:
    co.send(None)
except StopIteration as e:
    print("result", e.value)


class Box:
    def items(self):
        yield 1


print(Box().items().__qualname__)
