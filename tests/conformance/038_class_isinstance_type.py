# Checks: isinstance/issubclass with tuples and builtins, type() comparisons, and __class__.
class Base:
    pass


class Child(Base):
    pass


c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, object))
print(type(c) is Child, type(c) is Base, type(c) == Child)
print(c.__class__.__name__, Child.__name__)
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (int, Base)))
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(3.0, int))
print(issubclass(bool, int), issubclass(KeyError, LookupError))
print(type(3), type("s"), type([]), type(None))
print(type(Child), type(len))
for value in [1, "a", 2.5, [1], (1,), {1: 2}, {1}, None, True]:
    print(repr(value), type(value).__name__)
