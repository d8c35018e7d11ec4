# Checks: operator functions with sorted/map/reduce, itemgetter/attrgetter/methodcaller (multiple and dotted), and types.SimpleNamespace repr/equality.
import operator
from functools import reduce
from types import SimpleNamespace

students = [("kim", 88, 2), ("lee", 95, 1), ("park", 88, 1)]
print(sorted(students, key=operator.itemgetter(1, 2)), list(map(operator.itemgetter(0), students)))
print(reduce(operator.mul, [1, 2, 3, 4]), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.contains("hello", "ell"), operator.concat([1], [2]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.is_(None, None), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
box = {"a": 1}
operator.setitem(box, "b", 2)
operator.delitem(box, "a")
print(box, operator.getitem([10, 20], -1), operator.index(7))
p = SimpleNamespace(name="지도", pos=SimpleNamespace(x=1, y=2))
print(p, p.pos.x, operator.attrgetter("pos.y")(p), operator.attrgetter("name", "pos.x")(p))
p.zoom = 3
del p.name
print(p, p == SimpleNamespace(pos=SimpleNamespace(x=1, y=2), zoom=3), vars(p).keys())
upper = operator.methodcaller("replace", "a", "A")
print(upper("banana"), operator.itemgetter(slice(1, 3))("abcdef"))
print(operator.itemgetter(1), operator.attrgetter("x", "y.z"), operator.methodcaller("f", 1, k=2))
operator.itemgetter(5)([1, 2])
