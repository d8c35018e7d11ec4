# Checks: TypeError messages for calling functions and methods with the wrong arguments.
def f(a, b):
    return a + b


def g(x, y=0, *, z):
    return x + y + z


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, other):
        return f"{self.name} -> {other}"


calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: Greeter(),
    lambda: Greeter("a", "b"),
    lambda: Greeter("a").hello(),
    lambda: Greeter("a").hello(1, 2),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: (lambda: 0)(1),
]
for i, call in enumerate(calls):
    try:
        call()
    except TypeError as e:
        print(i, e)
