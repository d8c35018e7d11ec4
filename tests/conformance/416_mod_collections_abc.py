# Checks: collections.abc ABCs in isinstance checks (builtins, generators, views), dotted imports of collections.abc, and MutableMapping/Sequence mixins on user classes.
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Generator, Set
import collections.abc
import collections.abc as cabc
from collections import abc

def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, (4, 5)], {6}], "ab", range(7, 9)])))
gen = (i for i in range(3))
for obj in [[1], (1,), "s", {1: 2}, {1}, 5, None, gen, iter([1]), len, range(3), b"x", {}.keys()]:
    print(type(obj).__name__, isinstance(obj, Iterable), isinstance(obj, Iterator), isinstance(obj, Sequence), isinstance(obj, Mapping), isinstance(obj, Callable), isinstance(obj, Hashable), isinstance(obj, Sized), isinstance(obj, Set))

class Registry(MutableMapping):
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

r = Registry()
r["Apple"] = 1
r.update({"BANANA": 2}, cherry=3)
print(len(r), r["APPLE"], "banana" in r, r.get("x", 0), sorted(r.keys()), sorted(r.items()), r.setdefault("kiwi", 9), r.pop("kiwi"), isinstance(r, Mapping))

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i
    def __len__(self):
        return self.n

c = Countdown(4)
print(list(c), 2 in c, c.index(1), c.count(3), list(reversed(c)), collections.abc.Sized is Sized, cabc.Mapping is abc.Mapping)
class Half(Mapping):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
