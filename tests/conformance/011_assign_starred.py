# Checks: starred assignment targets in various positions, and star-unpacking in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)

*init, last = "hello"
print(init, last)

head, *middle, tail = range(6)
print(head, middle, tail)

a, *b = (1,)
print(a, b)

x, *y, z = 1, 2
print(x, y, z)

merged = [*rest, *"ab", 99]
print(merged)
print((*range(3), 3))
print({**{"a": 1}, "b": 2, **{"a": 3}})

try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
