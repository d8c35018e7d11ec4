# Checks: functools.wraps copies __name__, __doc__, __qualname__ and sets __wrapped__.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


def unwrapped_deco(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """사각형의 넓이를 구한다."""
    return w * h


@unwrapped_deco
def volume(w, h, d):
    """부피"""
    return w * h * d


print(area(3, 4))
print(area.__name__, area.__doc__, area.__qualname__)
print(area.__wrapped__(5, 5))
print(volume.__name__, volume.__doc__, volume.__qualname__)
