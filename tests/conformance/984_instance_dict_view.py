# obj.__dict__ (and vars(obj)) is the instance's namespace itself, not a
# copy: stores, deletes and updates through it change the attributes, and a
# dict fetched earlier sees later attribute assignments.
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.__dict__["made"] = True

r = Rec(a=1, b=2)
print(r.a, r.b, r.made)
print(r.__dict__)

d = r.__dict__
r.c = 3
print(d)
print(d is r.__dict__, type(d).__name__)
d["a"] = 10
print(r.a)
del d["b"]
print(hasattr(r, "b"), sorted(vars(r)))
vars(r)["z"] = "zz"
print(r.z, getattr(r, "z"))
del r.z
print("z" in d, len(d))

class Lazy:
    def __getattr__(self, name):
        value = name.upper()
        self.__dict__[name] = value
        print("computed", name)
        return value

lz = Lazy()
print(lz.foo, lz.foo, lz.__dict__)

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n

c = Counter()
ns = c.__dict__
for _ in range(3):
    c.bump()
print(ns, c.n)
ns["n"] = 100
print(c.bump(), ns)
ns.clear()
print(hasattr(c, "n"), ns)
ns.setdefault("n", 7)
print(c.bump())
print(ns.pop("n"), hasattr(c, "n"))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.__dict__ = {"x": 5, "w": 9}
print(p.x, p.w, hasattr(p, "y"), vars(p))
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)

class Many:
    pass
m = Many()
for i in range(30):
    setattr(m, "a%d" % i, i)
md = m.__dict__
md["a29"] = -1
print(m.a29, len(md), m.a0)
m.extra = 1
print(md["extra"], list(md)[-2:])

import copy
q = copy.copy(r)
q.a = "copy"
print(r.a, q.a, q.__dict__ is r.__dict__)
