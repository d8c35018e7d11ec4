# Checks: decorators that register functions and classes, applied at definition time.
handlers = {}


def register(name):
    def decorator(func):
        handlers[name] = func
        print("등록:", name, "->", func.__name__)
        return func
    return decorator


@register("hello")
def say_hello(who):
    return f"안녕, {who}"


@register("bye")
def say_bye(who):
    return f"잘 가, {who}"


def add_greeting(cls):
    cls.greet = lambda self: f"I am {self.name}"
    return cls


@add_greeting
class Robot:
    def __init__(self, name):
        self.name = name


for key in ["hello", "bye"]:
    print(handlers[key]("코로"))
print(Robot("R2").greet())
print(sorted(handlers))
