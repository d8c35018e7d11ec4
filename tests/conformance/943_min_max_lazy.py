# min() and max() walk their one iterable item by item: a generator is
# consumed as it goes (a key that raises leaves the rest unread), ties keep
# the first item, default= only applies to an empty iterable, and a key
# function sees each item once.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i

print(max(gen(3)))
print(min(gen(3), key=lambda x: -x))
print(max(range(10**6, 10**6 + 5)), min(range(-3, 10**4)))
print(max([], default="empty"), min((), default=None))
print(max([(1, "a"), (1, "b")], key=lambda p: p[0]))
print(min("hello"), max("hello"))
print(max(3, 1, 2), min(3, 1, 2, key=lambda x: -x))

seen = []
def key(x):
    seen.append(x)
    return x % 3
print(max(iter([4, 5, 6, 8]), key=key), seen)

g = gen(5)
def bad(x):
    if x == 2:
        raise ValueError("stop at 2")
    return x
try:
    max(g, key=bad)
except ValueError as e:
    print("ValueError:", e, "then", next(g))

for args in [([],), (1,), ([1, "a"],)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
