# Checks: decorators with functools.wraps keep __name__/__doc__, a decorator with arguments, and stacked decorators' order.
from functools import wraps

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"호출: {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"반환: {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorator(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

def no_wraps(func):
    def inner(*args):
        return func(*args)
    return inner

@logged
def add(a, b):
    """두 수를 더한다."""
    return a + b

@repeat(3)
@logged
def hello(name):
    return "hi " + name

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(hello("kim"), hello.__name__)
print(no_wraps(add).__name__)
