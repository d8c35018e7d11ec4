# Checks: enumerate with start=, zip of unequal lengths, zip(*matrix) transpose, zip strict ValueError.
fruits = ["사과", "바나나", "체리"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, start=1):
    print(f"{i}번: {f}")
print(list(enumerate("ab", 10)), list(enumerate([])))
names = ["kim", "lee", "park"]
ages = [30, 25]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(row) for row in zip(*matrix)])
print(dict(zip(names, range(3))))
e = enumerate("xy")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(list(zip([1, 2, 3], "ab", strict=False)))
print(list(zip([1, 2, 3], "ab", strict=True)))
