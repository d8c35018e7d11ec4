# Checks: collections.namedtuple — field access, repr, unpacking, _replace, _asdict, _fields, defaults, _make, and immutability.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p))
x, y = p
print(x + y, p._replace(x=10), p, p._asdict(), Point._fields)
Student = namedtuple("Student", "name grade score", defaults=[0])
s = Student("민지", 2)
print(s, Student("준호", 3, 95), Student._make(["하늘", 1, 77]))
print(sorted([Student("b", 1, 50), Student("a", 1, 90)], key=lambda st: -st.score))
print(isinstance(p, tuple), type(p).__name__, Point(y=1, x=2))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Point(1))
