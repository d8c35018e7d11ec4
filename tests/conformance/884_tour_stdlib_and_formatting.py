# Checks (a tutorial-style tour): dataclasses, collections, functools, itertools, math, textwrap, random, json, enum, formatting, match and chaining in one learner's script.
from dataclasses import dataclass, field
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from functools import lru_cache, partial, reduce, total_ordering
import itertools, math, string, textwrap, random, json, enum

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)

items = sorted([Item(3.5, "tea"), Item(1.25, "gum"), Item(10, "book", ["x"])])
print(items, items[0] < items[1])
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._asdict(), p._replace(x=5), *p)
c = Counter("mississippi")
print(c.most_common(2), c["s"], sorted(c.elements())[:4])
d = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    d[w[0]].append(w)
print(dict(d))
dq = deque(range(5), maxlen=3)
dq.appendleft(9); dq.rotate(1)
print(dq, list(itertools.accumulate([1, 2, 3, 4])), list(itertools.pairwise("abc")))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(reduce(lambda a, b: a * b, range(1, 11)), partial(int, base=2)("1011"))
print(math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.gcd(12, 18), f"{math.pi:.5f}", math.inf > 1e308)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(string.ascii_lowercase[:5], string.capwords("hello world"))
random.seed(42)
print(random.randint(1, 100), random.choice("abc"), random.sample(range(10), 3), round(random.gauss(0, 1), 6))
print(json.dumps({"a": [1, 2.5, None, True], "b": "한글"}, ensure_ascii=False, indent=2, sort_keys=True))
print(json.loads('{"x": [1, {"y": null}]}'))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), Color["GREEN"].value, list(Color), Color.RED is Color.RED)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(0), V(2) <= V(1))
print(f"{1234567.891:,.2f} {0.25:.1%} {42:08b} {255:#x} {'hi':^10}| {-7 // 2} {-7 % 2} {2**100}")
print("%5.2f|%-6s|%03d|%r" % (3.14159, "ab", 7, "q"), "{:>6}|{!r}".format("z", "y"))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: -kv[1]), list(zip("ab", [1, 2], strict=True)))
match {"kind": "circle", "r": 2}:
    case {"kind": "circle", "r": r} if r > 1:
        print("big circle", r)
    case _:
        print("other")
try:
    {}["missing"]
except KeyError as e:
    try:
        raise RuntimeError("wrapped") from e
    except RuntimeError as r:
        print(repr(r), repr(r.__cause__))
print(OrderedDict(a=1, b=2), bytes([104, 105]).decode(), "ß".upper(), "straße".casefold(), "a,b,,c".split(","))
