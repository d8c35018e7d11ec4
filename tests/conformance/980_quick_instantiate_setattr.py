# The VM's quick paths for creating instances (a class whose __init__ is a
# plain Python function, called positionally or with keywords) and for
# storing new attributes on instances must behave exactly as the full
# protocol: __new__ overrides, __init__ returning a value, properties and
# custom __setattr__ anywhere in the MRO, classes changed after the stores
# have run, exceptions and builtin subclasses, __del__ order, errors.


class Plain:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def make_many(cls, n):
    return [cls(i) for i in range(n)]


for p in make_many(Plain, 3):
    print(type(p).__name__, p.x, p.y, sorted(vars(p)))
print(Plain(1, y=5).y, Plain(y=7, x=8).x)


class WithNew(Plain):
    def __new__(cls, *args, **kwargs):
        print("WithNew.__new__", args, kwargs)
        return object.__new__(cls)


print(vars(WithNew(3)))


class NewReturnsOther:
    def __new__(cls, x):
        return [x]

    def __init__(self, x):
        print("never runs")


print(NewReturnsOther(4))


class InitReturns:
    def __init__(self):
        self.a = 1
        return 5


for _ in range(2):
    try:
        InitReturns()
    except TypeError as e:
        print("TypeError:", e)


class Prop:
    def __init__(self, v):
        self.v = v

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value


for i in range(3):
    print(Prop(i).v)


class ReadOnly:
    def __init__(self):
        self.r = 1

    @property
    def r(self):
        return "ro"


for _ in range(2):
    try:
        ReadOnly()
    except AttributeError as e:
        print("AttributeError:", e)


class Base:
    def __init__(self, a):
        self.a = a


class Logged(Base):
    def __setattr__(self, name, value):
        print("Logged.__setattr__", name, value)
        object.__setattr__(self, name, value)


for i in range(2):
    b = Base(i)
    l = Logged(i)
    print(vars(b), vars(l))


class Later:
    def __init__(self, q):
        self.q = q


objs = [Later(i) for i in range(3)]


def q_setter(self, value):
    print("q via property", value)
    self._q = value + 100


Later.q = property(lambda self: self._q, q_setter)
print([Later(i).q for i in range(3)], [vars(o) for o in objs])
del Later.q
print([vars(Later(i)) for i in range(2)])


class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


for i in range(2):
    e = Err("boom", i)
    print(repr(e), e.args, e.code)


class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


m = MyList([1, 2], "t")
print(m, m.tag, len(m))


class WrongArgs:
    def __init__(self, a, b):
        self.a = a


for args in [(1,), (1, 2, 3)]:
    try:
        WrongArgs(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    WrongArgs(1, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    WrongArgs(1, a=2)
except TypeError as e:
    print("TypeError:", e)


class KwOnly:
    def __init__(self, a, *, b=3, c):
        self.total = a + b + c


print(KwOnly(1, c=2).total, KwOnly(a=1, c=2, b=10).total)
try:
    KwOnly(1)
except TypeError as e:
    print("TypeError:", e)


class Dels:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def churn():
    for i in range(3):
        d = Dels(i)
        d.extra = i * 2
    print("end churn")


churn()


class ManyAttrs:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)
        self.last = "L"


print(len(vars(ManyAttrs(30))), ManyAttrs(30).last, ManyAttrs(2).a1)


class ClassAttrDefault:
    count = 0

    def __init__(self):
        self.count = self.count + 1


c = ClassAttrDefault()
print(c.count, ClassAttrDefault.count)


def factory(x, y=0, *, z=1):
    return (x, y, z)


class Holder:
    def method(self, a, b=2):
        return (a, b)


h = Holder()
bound = h.method
print(factory(1, z=5), factory(x=2, y=3), bound(1), bound(a=4, b=5), bound(6, b=7))
try:
    factory(1, 2, y=3)
except TypeError as e:
    print("TypeError:", e)
try:
    factory(1, w=3)
except TypeError as e:
    print("TypeError:", e)
try:
    bound(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def deep(n):
    return Plain(n) if n == 0 else deep(n - 1)


print(deep(50).x)
