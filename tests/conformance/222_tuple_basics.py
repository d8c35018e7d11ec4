# Checks: tuples — packing/unpacking, starred targets, single-element repr, count/index, immutability error.
point = 3, 4
x, y = point
print(point, x, y, type(point))
single = (42,)
print(single, (), tuple("abc"), tuple([1, [2, 3]]))
first, *rest = (1, 2, 3, 4)
*init, last = [1, 2, 3, 4]
a, *mid, b = "hello"
print(first, rest, init, last, a, mid, b)
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t[1:3], t + (9,), t * 2)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) == (2,))
a, b = 1, 2
a, b = b, a
print(a, b)
for i, (name, age) in enumerate([("가", 1), ("나", 2)]):
    print(i, name, age)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
t[0] = 5
