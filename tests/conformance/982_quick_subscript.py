# The VM's quick subscripts (a list by an int, a dict by a str or int key)
# next to the cases they must leave to the full protocol: keys of other
# types in the same dict (a key whose __eq__ runs, floats and bools equal
# to ints), misses, out-of-range indexes, subclasses, insertion order.


class Key:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Key.__eq__", self.text, other)
        return other == self.text


d = {Key("a"): 1, "b": 2, 3: "three"}
for k in ["a", "b", 3, 3.0, True, "zz"]:
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print("KeyError", e)
d["a"] = "replaced through Key.__eq__"
print(len(d), list(d.values()))

nums = {1: "one", 2.0: "two", False: "zero"}
for k in [1, 1.0, True, 2, 0, "1"]:
    try:
        print(repr(k), nums[k])
    except KeyError as e:
        print("KeyError", e)
nums[2] = "TWO"
nums[0] = "ZERO"
nums["1"] = "str one"
print(nums)

plain = {}
for i in range(6):
    plain[f"k{i % 3}"] = i
    plain[i % 2] = i
print(plain, plain["k1"], plain[1])
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)

lst = [10, 20, 30]
print(lst[0], lst[-1], lst[-3])
for i in [3, -4]:
    try:
        lst[i]
    except IndexError as e:
        print("IndexError", e)
    try:
        lst[i] = 0
    except IndexError as e:
        print("IndexError", e)
lst[-1] = 99
lst[True] = 55
print(lst, lst[True], lst[1:])


class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"

    def __setitem__(self, key, value):
        print("Missing.__setitem__", key, value)
        super().__setitem__(key, value)


m = Missing(a=1)
m["b"] = 2
print(m["a"], m["b"], m["c"])


class Logged(list):
    def __getitem__(self, i):
        print("Logged.__getitem__", i)
        return super().__getitem__(i)


lg = Logged([1, 2])
print(lg[0], lg[-1])
