# Checks: copy.copy/deepcopy keep the type of collections containers and of list subclasses, namedtuples and bounded deques.
import copy
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
c = Counter("aab")
d = defaultdict(list, a=[1])
o = OrderedDict(x=[1])
q = deque([[1], [2]], maxlen=5)
P = namedtuple("P", "x y")
class L(list): pass
l = L([[1]])
for obj in (c, d, o, q, P([1], 2), l):
    a, b = copy.copy(obj), copy.deepcopy(obj)
    print(type(a).__name__, type(b).__name__, a, b, a == obj, b == obj)
