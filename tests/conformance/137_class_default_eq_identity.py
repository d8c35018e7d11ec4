# Checks: default equality is identity, __ne__ derived from __eq__, and the default hash letting instances go in sets.
class Plain:
    def __init__(self, v):
        self.v = v


class Valued:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  __eq__ called")
        return isinstance(other, Valued) and self.v == other.v

    __hash__ = None


a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b, len({a, b, a}))
x, y = Valued(1), Valued(1)
print(x == y)
print(x != y)
print(x in [Plain(1), y])
print([1, 2] == [1, 2], (1, [2]) == (1, [2]), {"a": 1} == {"a": 1.0})
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
