# Checks: __repr__ and __str__, which one print/str/repr/f-strings/containers use.
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


p = Point(1, 2)
print(p)
print(repr(p))
print(str(p))
print([p, Point(3, "사")])
print({"origin": Point(0, 0)})
print(f"{p} vs {p!r}")
print("%s / %r" % (p, p))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print("{} {!r}".format(p, p))
