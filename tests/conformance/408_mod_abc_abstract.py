# Checks: abc.ABC with abstractmethod — instantiating an incomplete subclass raises CPython's TypeError; complete subclasses work polymorphically.
from abc import ABC, abstractmethod

class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: 넓이 {self.area():.1f}, 둘레 {self.perimeter():.1f}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("사각형")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "정사각형"

class HalfDone(Shape):
    def area(self):
        return 0

for shape in [Rect(2, 3), Square(4)]:
    print(shape.describe(), isinstance(shape, Shape))
for cls in (Shape, HalfDone):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)
HalfDone("y")
