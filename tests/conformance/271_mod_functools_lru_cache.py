# Checks: functools.lru_cache — memoized fibonacci, cache_info() hits/misses, maxsize eviction, cache_clear, and @cache.
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)

@lru_cache
def greet(name, polite=False):
    return ("안녕하세요 " if polite else "안녕 ") + name
print(greet("kim"), greet("kim", polite=True), greet("kim"), greet.cache_info().hits)
greet([1])
