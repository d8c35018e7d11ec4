# Checks: stacking decorators (applied bottom-up, run top-down), and decorating methods.
import functools


def bold(func):
    @functools.wraps(func)
    def wrapper(*args):
        return "<b>" + func(*args) + "</b>"
    return wrapper


def italic(func):
    @functools.wraps(func)
    def wrapper(*args):
        return "<i>" + func(*args) + "</i>"
    return wrapper


@bold
@italic
def title(text):
    return text


print(title("코루틴"))


def count_calls(func):
    @functools.wraps(func)
    def wrapper(self, *args):
        wrapper.calls += 1
        return func(self, *args)
    wrapper.calls = 0
    return wrapper


class Greeter:
    @count_calls
    def hello(self, name):
        return f"hello {name}"


g = Greeter()
print(g.hello("a"), g.hello("b"))
print(Greeter.hello.calls, Greeter.hello.__name__)
