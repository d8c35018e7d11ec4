# Checks: OrderedDict move_to_end/popitem/repr and order-sensitive equality, ChainMap lookups, Counter extras (total, update with mapping, comparisons), deque extras (rotate, index, insert, remove, maxlen 0).
from collections import OrderedDict, ChainMap, Counter, deque, defaultdict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict())
defaults = {"theme": "light", "lang": "ko"}
user = {"theme": "dark"}
settings = ChainMap(user, defaults)
print(settings["theme"], settings["lang"], len(settings), sorted(settings), "lang" in settings)
settings["font"] = "mono"
print(user, settings.maps[1] is defaults, settings.get("x", "없음"))
inventory = Counter(사과=3, 배=1)
inventory.update({"사과": 2, "귤": 4})
print(inventory, inventory.total(), inventory["수박"])
print(Counter("aab") <= Counter("aabb"), Counter("ab") == Counter("ba"), Counter(a=0) == Counter())
del inventory["배"]
print(inventory, dict(inventory), list(inventory.elements())[:4])
d = deque(range(5))
d.rotate(2)
print(d, d.index(4), d[-1])
d.insert(1, "x")
d.remove(0)
print(d, d.count(3), len(d))
d.reverse()
print(d, d.copy() == d, d + deque([9]), deque("ab") * 2)
silent = deque(maxlen=0)
silent.append(1)
print(silent, bool(silent))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
print(deque([1, 2, 3]).index(5))
