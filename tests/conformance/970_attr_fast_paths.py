# Attribute access the way learners' classes do it, including the cases an
# interpreter's attribute caches must not get wrong: instances whose
# attributes were set in different orders, deleted and re-added
# attributes, properties (getters that raise, fall back to __getattr__,
# recurse), and classes changed after their instances were used.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(p):
    return p.x


def move(p, dx):
    p.x += dx
    return p.x


points = [Point(i, -i) for i in range(3)]
print([read_x(p) for p in points])
print([move(p, 10) for p in points])

# The same attribute at another position in the namespace.
odd = Point(0, 0)
del odd.x
odd.z = "z"
odd.x = 99
print(read_x(odd), move(odd, 1), vars(odd))
del odd.z
print(read_x(odd), move(odd, 1), vars(odd))


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @property
    def kelvin(self):
        if self._c < -273.15:
            raise AttributeError("below absolute zero")
        return self._c + 273.15


t = Temperature(100)
for _ in range(3):
    print(t.fahrenheit, t.kelvin)
t._c = -300
try:
    print(t.kelvin)
except AttributeError as e:
    print("AttributeError:", e)


class Lenient(Temperature):
    def __getattr__(self, name):
        return f"fallback for {name}"


print(Lenient(-300).kelvin)
print(Lenient(0).kelvin)


class Chain:
    @property
    def again(self):
        return self.again


try:
    Chain().again
except RecursionError as e:
    print("RecursionError:", e)

# A property added to the class after instances were read through caches.
p = Point(1, 2)
print(read_x(p), move(p, 1))
Point.x = property(lambda self: "class property wins")
print(read_x(p))
try:
    move(p, 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
del Point.x
print(read_x(p), move(p, 1))


def loud_setattr(self, name, value):
    print("set", name, "=", value)
    object.__setattr__(self, name, value)


Point.__setattr__ = loud_setattr
print(move(p, 5))
del Point.__setattr__
print(move(p, 5))

# Exceptions keep their special attributes.
e = ValueError("first")
for msg in ("second", "third"):
    e.args = (msg,)
print(e, e.args)


class Account:
    def __init__(self):
        self.balance = 0

    @property
    def overdrawn(self):
        return self.balance < 0

    @property
    def broken(self):
        return self.missing_attribute


acct = Account()
for amount in (50, -80, 10):
    acct.balance += amount
    print(acct.balance, acct.overdrawn)
print(acct.broken)
