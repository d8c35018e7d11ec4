# Checks: __add__, __sub__, __mul__, __rmul__, __radd__ (for sum), __neg__, and NotImplemented fallback errors.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, a - b, a * 3, 2 * b, -a)
print(sum([a, b, Vector(10, 10)]))
a += b
print(a)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
