# 호출된 함수의 프레임이 호출자의 값 스택을 나눠 쓸 때도 지역 변수, 예외,
# 제너레이터, super(), __del__ 순서가 CPython 그대로인지 확인한다.
# (Plain calls share their caller's values; everything a frame can see or
# leave behind must stay as in CPython.)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def keeps_locals(a, b=2, c=3):
    d = a + b + c
    return locals()


print(keeps_locals(1))
print(keeps_locals(1, 5))


def returns_from_loop(xs):
    for x in xs:
        for y in xs:
            if x * y == 6:
                return (x, y)
    return None


print(returns_from_loop([1, 2, 3]))


def drops_at_return():
    only = Noisy("local")
    print("returning")
    return 0


drops_at_return()
print("after return")


def depth(n):
    if n == 0:
        raise ValueError("bottom")
    return depth(n - 1) + 1


def catch_at(level, n):
    if level == 0:
        try:
            return depth(n)
        except ValueError as e:
            return "caught " + str(e)
    return catch_at(level - 1, n)


print(catch_at(5, 20))


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        yield total


def use_generator():
    g = counter(4)
    first = next(g)
    rest = [step(v) for v in g]
    return first, rest


def step(v):
    return v * 10


print(use_generator())


class Base:
    def describe(self, x):
        return f"Base({x})"


class Child(Base):
    def describe(self, x):
        return "Child+" + super().describe(x + 1)


def call_method(obj, x):
    return obj.describe(x)


print(call_method(Child(), 1))


def leaves_traceback(n):
    local_value = [n]
    if n == 0:
        raise KeyError(n)
    return leaves_traceback(n - 1)


try:
    leaves_traceback(2)
except KeyError as e:
    print("KeyError", e)
print("after except")


def add(a, b):
    return a + b


def fold(xs):
    acc = 0
    for x in xs:
        acc = add(acc, x)
    return acc


print(fold(range(100)))


def unbound_later(flag):
    if flag:
        value = 1
    return value


try:
    unbound_later(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound_later(True))
