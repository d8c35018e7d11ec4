# Checks: str() vs repr() on builtins and on classes with __str__/__repr__, and which one print/f-strings/containers use.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

p = Point(1, "2")
print(p)
print(repr(p), str(p))
print([p], (p,), {"p": p})
print(f"{p} {p!r} {p!s}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))
o = OnlyRepr()
print(o, str(o), [o])
print(str("x"), repr("x"), str(1.5), repr(1.5), str(None), repr(None))
print(format(p), format(3))
