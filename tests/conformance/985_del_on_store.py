# The value a store or delete replaces is finalised during that statement,
# before the next one runs (CPython's reference counting), for stores into
# dicts, lists and slices, deletes of items, attributes and globals, and
# closure cells.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"k": D("dict value")}
d["k"] = 1
print("after d[k] = 1")

lst = [D("list item"), 2]
lst[0] = 0
print("after lst[0] = 0")

lst2 = [D("slice a"), D("slice b"), 3]
lst2[0:2] = []
print("after lst2[0:2] = []")

d2 = {"a": D("deleted key")}
del d2["a"]
print("after del d2[a]")

lst3 = [D("deleted item")]
del lst3[0]
print("after del lst3[0]")

class Box:
    pass
b = Box()
b.x = D("attribute")
del b.x
print("after del b.x")

g = D("global")
def drop_global():
    global g
    del g
    print("after del g")
drop_global()

def outer():
    cell = D("cell first")
    def inner():
        nonlocal cell
        cell = D("cell second")
        print("after cell rebound")
        del cell
        print("after del cell")
    inner()
    print("inner returned")
outer()

def in_function():
    m = {}
    m[1] = D("in function")
    m[1] = None
    print("after m[1] = None")
    items = [D("loop 0"), D("loop 1")]
    for i in range(2):
        items[i] = i
        print("replaced", i)
in_function()

counts = {"n": D("counter")}
counts["n"] = counts.get("m", 0)
print("done")
