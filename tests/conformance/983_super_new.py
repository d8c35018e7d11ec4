# super().__new__(cls) inside a user __new__ returns an instance of cls (the
# method call form used to find super's own constructor); object.__new__ and
# super().__new__ of int and tuple subclasses with extra arguments.
class A:
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls)
        print("new", type(inst).__name__, type(inst) is cls)
        return inst
    def __init__(self, x=0):
        self.x = x

a = A(3)
print(type(a).__name__, a.x)

class B(A):
    def __new__(cls, *a):
        inst = super().__new__(cls, *a)
        print("B new", type(inst).__name__)
        return inst
b = B(5)
print(type(b).__name__, b.x, isinstance(b, A))

class C:
    def __new__(cls):
        o = object.__new__(cls)
        o.tag = "c"
        return o
c = C()
print(type(c).__name__, c.tag)

class MyInt(int):
    def __new__(cls, v):
        inst = super().__new__(cls, v * 2)
        inst.extra = v
        return inst
m = MyInt(4)
print(type(m).__name__, m, m + 1, m.extra)

class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(1, 2)
print(type(p).__name__, p, p.x)

class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super(Single, cls).__new__(cls)
        return cls._inst
print(Single() is Single())

class Base:
    def __new__(cls, *args, **kw):
        print("Base.__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        self.args = args

class Derived(Base):
    def __new__(cls, *args, **kw):
        print("Derived.__new__", cls.__name__)
        return super().__new__(cls, *args, **kw)

d = Derived(1, 2, k=3)
print(type(d).__name__, d.args)

class NoInit:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self
print([x.n for x in map(NoInit, range(3))])

try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
