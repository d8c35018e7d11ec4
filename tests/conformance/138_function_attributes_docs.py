# Checks: docstrings, __name__, __qualname__ of nested functions and methods, __defaults__, and custom attributes.
def area(width, height=1):
    """넓이를 계산한다."""
    return width * height


def outer():
    def inner():
        pass
    return inner


class Shape:
    def perimeter(self):
        "둘레"
        return 0


print(area.__name__, area.__doc__, area.__defaults__)
print(outer().__qualname__, Shape.perimeter.__qualname__, Shape.perimeter.__doc__)
print(area.__code__.co_argcount, area.__code__.co_varnames)
area.unit = "cm²"
print(area.unit)
print((lambda: None).__doc__, outer.__doc__)


def annotated(x: int, y: str = "a") -> bool:
    return True


print(annotated.__annotations__)
