# 함수가 끝날 때 지역 변수들, 잡힌 예외의 traceback이 붙잡던 프레임들처럼
# 여러 객체가 한꺼번에 풀려도 __del__은 하나씩 끝까지 실행되고, 순서는
# CPython이 참조를 놓는 순서(지역 변수는 앞에서부터)와 같아야 한다.
# (Several objects freed by one release: each __del__ runs to its end
# before the next starts, in the order CPython releases the references.)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # 속성을 먼저 읽고 출력한다 (A load before the print.)
        name = self.name
        print("del", name)


def make_three():
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    print("make_three returns")
    return 0


make_three()
print("---")

x = Noisy("x")
y = Noisy("y")
del x, y
print("after del x, y")
print("---")


def fail_inside():
    first = Noisy("inner first")
    second = Noisy("inner second")
    raise ValueError("oops")


def call_and_catch():
    here = Noisy("outer local")
    try:
        fail_inside()
    except ValueError as e:
        print("caught", e)
    print("after the except block")


call_and_catch()
print("---")


class Holder:
    """Its __del__ runs first; its attributes go when it is gone."""

    def __init__(self, name, inside):
        self.name = name
        self.inside = inside

    def __del__(self):
        print("holder", self.name, "start")
        print("holder", self.name, "end")


def holders():
    h1 = Holder("one", Noisy("inside one"))
    h2 = Holder("two", Noisy("inside two"))


holders()
print("---")


class Cleaner:
    """A __del__ that itself frees objects with __del__."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("cleaner", self.name, "start")
        temp = Noisy(self.name + " temp")
        del temp
        print("cleaner", self.name, "end")


def cleaners():
    p = Cleaner("p")
    q = Cleaner("q")


cleaners()
print("---")


class Careful:
    """A __del__ that catches its own error; the others still run."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        try:
            print("careful", self.name)
            raise RuntimeError(self.name)
        except RuntimeError as e:
            print("handled", e)


def careful():
    one = Careful("1")
    two = Noisy("2")
    three = Careful("3")


careful()
print("---")


def counter(name):
    try:
        yield 1
        yield 2
    finally:
        print("generator", name, "closed")


def with_generators():
    g1 = counter("g1")
    next(g1)
    middle = Noisy("between generators")
    g2 = counter("g2")
    next(g2)


with_generators()
print("---")

saved = []


class Comeback:
    """Resurrects itself: its __del__ runs once."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("comeback", self.name)
        saved.append(self)


def comebacks():
    r1 = Comeback("r1")
    n = Noisy("plain")
    r2 = Comeback("r2")


comebacks()
print("saved", [r.name for r in saved])
saved.clear()
print("done")
