# Checks: generator expressions are lazy, single-use, can feed sum/max/any directly, and bind the first iterable eagerly.
squares = (n * n for n in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares), list(squares))
print(sum(x for x in range(1, 11)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(c.isupper() for c in "hello World"), "".join(c.upper() for c in "abc"))

def noisy(values):
    for v in values:
        print("  produce", v)
        yield v

lazy = (v * 10 for v in noisy([1, 2, 3]))
print("generator created")
print(next(lazy))
print(list(lazy))
pairs = list((x, y) for x in range(3) for y in range(x))
print(pairs)
nums = [1, 2, 3]
g = (n + 1 for n in nums)
nums = [100]
print(list(g))
matrix = [[1, 2], [3, 4]]
print(sum(sum(row) for row in matrix), tuple(x for row in matrix for x in row if x % 2))
words = "파이썬 제너레이터 표현식".split()
print(dict((w, len(w)) for w in words))
print(list(x for x in 5))
