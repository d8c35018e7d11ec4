# Checks: slice assignment, slice deletion, extended-slice assignment and its size-mismatch ValueError.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
del a[::2]
print(a)
b = [0] * 6
b[::2] = [1, 2, 3]
print(b)
b[1:3] = []
print(b)
c = [1, 2, 3, 4]
c[1:1] = "ab"
print(c, c[-2:], c[::-1])
del c[0]
print(c)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
shared = [[0] * 3] * 2
shared[0][1] = 5
print(shared)
b[::2] = [7]
