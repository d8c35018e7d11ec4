# Checks: custom classes that support unpacking, star-args, list() and dict() through __iter__.
class Pair:
    def __init__(self, key, value):
        self.key, self.value = key, value

    def __iter__(self):
        return iter((self.key, self.value))


class Range3D:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([(x, y, z) for x in range(self.n) for y in range(self.n) for z in range(self.n)])


k, v = Pair("언어", "파이썬")
print(k, v)
print(dict([Pair("a", 1), Pair("b", 2)]))
print(list(Pair(1, 2)), [*Pair(3, 4), 5])


def add(a, b):
    return a + b


print(add(*Pair(10, 20)))
print(len(list(Range3D(3))), sum(x + y + z for x, y, z in Range3D(2)))
first, *rest = Range3D(2)
print(first, rest[-1])
try:
    a, b, c = Pair(1, 2)
except ValueError as e:
    print("ValueError:", e)
