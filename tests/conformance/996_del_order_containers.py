# 리스트, 튜플, 딕셔너리가 한꺼번에 사라질 때 항목의 __del__ 순서:
# 리스트와 튜플은 마지막 항목부터, 딕셔너리와 객체 속성과 deque는 앞에서부터.
# 슬라이스 삭제/대입, clear(), *= 0 도 CPython과 같은 순서여야 한다.
# (Items released at once: lists and tuples last first, dicts, instance
# attributes and deques first to last; slices, clear() and *= 0 as CPython.)
from collections import deque


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        n = self.n
        print("del", n)


def items(k):
    return [Item(i) for i in range(k)]


print("-- list")
xs = items(3)
del xs
print("-- tuple")
t = (Item("t0"), Item("t1"), Item("t2"))
del t
print("-- dict values")
d = {"a": Item("a"), "b": Item("b"), "c": Item("c")}
del d
print("-- dict keys")
d = {Item("k0"): 0, Item("k1"): 1}
d = None
print("-- attributes")


class Bag:
    pass


bag = Bag()
bag.first = Item("first")
bag.second = Item("second")
bag = None
print("-- nested")
nest = [(Item(1), Item(2)), [Item(3), (Item(4), Item(5))], {"k": Item(6), "j": (Item(7), Item(8))}]
nest = None
print("-- list.clear()")
xs = items(3)
xs.clear()
print("-- del xs[1:4]")
xs = items(5)
del xs[1:4]
print("-- del xs[::2]")
xs = items(5)
del xs[::2]
print("-- del xs[::-1]")
xs = items(3)
del xs[::-1]
print("-- xs[0:2] = []")
xs = items(3)
xs[0:2] = []
print("-- xs[::-2] = ...")
xs = items(5)
xs[::-2] = [0, 0, 0]
print("-- xs *= 0")
xs = items(3)
xs *= 0
print("-- xs = None")
xs = None
print("-- deque")
q = deque(items(3))
q = None
print("-- deque.clear()")
q = deque(items(3))
q.appendleft(Item("left"))
q.clear()
print("-- *args and **kwargs")


def takes_all(*args, **kwargs):
    return len(args) + len(kwargs)


takes_all(Item("arg0"), Item("arg1"), k0=Item("kw0"), k1=Item("kw1"))
print("-- results nobody keeps")


def pair():
    return Item("left"), Item("right")


pair()
[Item(i) for i in range(3)]
print("-- reversed then dropped")
xs = items(3)
xs.reverse()
xs = None
print("done")
