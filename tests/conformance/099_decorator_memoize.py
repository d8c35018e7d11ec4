# Checks: a hand-written memoizing decorator with a dict cache, and functools.lru_cache on fib.
import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
print(len(fib.cache))


@functools.lru_cache(maxsize=None)
def ways(n):
    """계단 오르기: 1칸 또는 2칸"""
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)


print([ways(i) for i in range(10)])
print(ways(100))
print(ways.cache_info())
