# Checks: a simple decorator wrapping a function, called before/after, and what happens to __name__ without wraps.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


@trace
def greet(name, polite=False):
    return ("안녕하십니까, " if polite else "안녕, ") + name


add(2, 3)
greet("지민", polite=True)
print(add.__name__)


def plain(x):
    return x

manual = trace(plain)
print(manual(7))
