# Checks: functools.total_ordering, cmp_to_key sorting, cached_property, partial of partial, reduce with an initializer, lru_cache typed/maxsize=0.
from functools import total_ordering, cmp_to_key, cached_property, partial, reduce, lru_cache, wraps

@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return f"Grade({self.score})"

a, b = Grade(80), Grade(95)
print(a < b, a <= b, a > b, a >= b, a == Grade(80), a != b, max(a, b), sorted([b, a, Grade(70)]))

def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["banana", "kiwi", "apple", "fig", "cherry", "감"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))

class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("계산 중...")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area)
print(c.area)
print(vars(c))

def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"

hello = partial(greet, "안녕")
polite = partial(hello, punct="요")
print(hello("민수"), polite("지영"), polite.func is greet, polite.args, polite.keywords)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), reduce(lambda a, b: a + b, ["a"], "z"))

@lru_cache(maxsize=0)
def noisy(x):
    return x * 2

noisy(1)
noisy(1)
print(noisy.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())

def shout(fn):
    @wraps(fn)
    def inner(*args):
        return fn(*args).upper()
    return inner

@shout
def say(text):
    "텍스트를 돌려준다"
    return text

print(say("hi"), say.__name__, say.__doc__, say.__wrapped__("x"))
try:
    sorted([Grade(1), 2])
except AttributeError as e:
    print("AttributeError:", e)
