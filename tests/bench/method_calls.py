# Bench: a class with attributes and methods called in a loop.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.count = 0

    def tick(self, v):
        self.count += v.norm1


def main():
    a = Vector(1, 2)
    b = Vector(3, -4)
    c = Counter()
    acc = 0
    for i in range(700_000):
        acc += a.dot(b)
        b.scale(1)
        c.tick(a)
    print(acc, c.count)


main()
