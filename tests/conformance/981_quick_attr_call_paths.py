# More of the VM's quick paths, each next to the case that must leave it:
# attribute loads and stores where the class also has the name (defaults
# shadowed by instances, methods, descriptors), property getters with and
# without __getattr__, classes changed between runs of the same site,
# type(x), bound method objects, keyword calls, `and`/`or`/`is` on plain
# values and on objects with __bool__/__len__, closures, method loads on
# builtin values and on their subclasses.


class Defaults:
    state = "pending"
    count = 0
    tags = ()

    def __init__(self, n):
        if n % 2:
            self.state = "odd"
        self.count += n

    def describe(self):
        return f"{self.state}:{self.count}:{self.tags}"


for i in range(4):
    d = Defaults(i)
    print(d.describe(), d.state, Defaults.state, sorted(vars(d)))


class Shadow:
    def method(self):
        return "class method"


s = Shadow()
print(s.method())
s.method = lambda: "instance attribute"
print(s.method())
del s.method
print(s.method())
m = s.method
print(m(), m.__self__ is s)


class Changing:
    value = 1

    def __init__(self):
        self.other = 0


def read(o):
    return o.value


objs = [Changing() for _ in range(3)]
print([read(o) for o in objs])
Changing.value = property(lambda self: "now a property")
print([read(o) for o in objs])
del Changing.value
try:
    read(objs[0])
except AttributeError as e:
    print("AttributeError:", e)
Changing.value = staticmethod(lambda: "static")
print(read(objs[0])())
Changing.value = classmethod(lambda cls: cls.__name__)
print(read(objs[0])())
objs[0].value = "own"
print(read(objs[0]), read(objs[1])())


class WithGetattr:
    def __getattr__(self, name):
        return f"getattr({name})"

    @property
    def broken(self):
        raise AttributeError("inner")

    @property
    def fine(self):
        return "fine"


w = WithGetattr()
for _ in range(2):
    print(w.fine, w.broken, w.missing)


class NoGetattr:
    @property
    def broken(self):
        raise AttributeError("inner only")

    @property
    def deep(self):
        return self.broken


for _ in range(2):
    try:
        NoGetattr().deep
    except AttributeError as e:
        print("AttributeError:", e)


class Recursive:
    @property
    def again(self):
        return self.again


try:
    Recursive().again
except RecursionError:
    print("RecursionError")


class Named:
    pass


for x in [1, "a", 2.0, None, Named(), Named, [1], {}, True, (1,), type]:
    print(type(x).__name__, type(x) is x.__class__)


def shadowed_type(type):
    return type(3)


print(shadowed_type(str), shadowed_type(lambda v: v * 2))


class Base:
    def greet(self, who="world", *, punct="!"):
        return f"hello {who}{punct}"


b = Base()
g = b.greet
print(g(), g("you"), g(who="kw"), g(punct="?"), g("x", punct="."))
try:
    g(nobody=1)
except TypeError as e:
    print("TypeError:", e)
try:
    g("a", "b")
except TypeError as e:
    print("TypeError:", e)


def kw(a, b=2, *, c, d=4):
    return (a, b, c, d)


print(kw(1, c=3), kw(a=1, c=3, b=5), kw(1, 2, d=0, c=9))
for bad in [dict(c=1), dict(a=1), dict(a=1, b=2, e=3)]:
    try:
        kw(**bad) if "a" in bad else kw(0, 0, **bad) if "e" in bad else kw(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    kw(1, a=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def posonly(a, b, /, c=3):
    return (a, b, c)


print(posonly(1, 2, c=4))
try:
    posonly(1, b=2)
except TypeError as e:
    print("TypeError:", e)


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v)
        return self.v


class Sized:
    def __len__(self):
        print("__len__")
        return 0


for a in [0, 1, "", "s", [], [0], {}, {1: 2}, (), (0,), None, Truth(True), Truth(False), Sized()]:
    r1 = a and "yes"
    r2 = a or "no"
    print(type(a).__name__, r1 if not isinstance(r1, (Truth, Sized)) else "obj", r2 if not isinstance(r2, (Truth, Sized)) else "obj")
    if a:
        print("truthy")
    if not a:
        print("falsy")
    print(a is None, a is not None)


def outer():
    x = 1

    def inner():
        return x + y

    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    y = 2
    return inner()


print(outer())


class MyList(list):
    def append(self, v):
        print("MyList.append", v)
        super().append(v * 10)


for lst in [[], MyList()]:
    for i in range(2):
        lst.append(i)
    print(lst, lst.pop(), lst)

d = {"a": 1}
print(d.get("a"), d.get("b", 0), "x,y".split(","), {1, 2}.union({3}))


def exc_blocks(n):
    total = 0
    for i in range(n):
        try:
            if i == 2:
                raise ValueError(i)
            total += i
        except ValueError as e:
            total += 100
        finally:
            total += 1000
    return total


print(exc_blocks(4))
