# Checks: match class patterns with keyword and positional (__match_args__) sub-patterns, and builtin type patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


def show(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c.x},{c.y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string of length {len(s)}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 4), Point(2, 2), Point(3, 1), Circle(Point(1, 1), 20),
          Circle(Point(5, 6), 2), 7, 2.5, "모양", None]:
    print(show(s))
