# Checks: range — repr, len, indexing, slicing, negative step, membership, equality, and errors.
r = range(10)
print(r, range(2, 10, 3), list(range(2, 10, 3)), len(range(2, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(-3)))
print(r[3], r[-1], r[2:8:2], list(r[2:8:2]), r[::-1])
print(5 in r, 10 in r, 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(range(0, 3) == range(0, 3, 1), range(0) == range(2, 2))
print(range(1, 20, 4).index(9), range(0, 30, 5).count(10))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
print(range(0, 10 ** 20)[-1], 10 ** 19 in range(0, 10 ** 20, 7))
big = range(3)
print(big.start, big.stop, big.step)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
print(range(3)[5])
