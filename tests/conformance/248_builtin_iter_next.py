# Checks: iter() and next() with default, StopIteration when exhausted, iter(callable, sentinel), and for over an iterator.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "끝"), next(it, None))
chars = iter("ab")
print(list(chars), list(chars))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
numbers = [5, 3, 0, 7]
pos = iter(range(len(numbers)))
def read():
    return numbers[next(pos)]
print(list(iter(read, 0)))
it = iter(range(5))
for x in it:
    if x == 1:
        print("skip", next(it))
    else:
        print(x)
print(iter(it) is it, type(iter([])).__name__, type(iter(range(2))).__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
next([1, 2])
