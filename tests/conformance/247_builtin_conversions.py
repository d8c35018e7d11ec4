# Checks: the type constructors str/int/float/bool/list/tuple/set/dict on various inputs, and failing conversions.
print(str(42), str(3.0), str([1, 2]), str(), int(), float(), bool(), list(), tuple(), dict())
print(int("7") + int(7.9) + int(True), float("3.5") + float(1), float("  -1e-3\n"))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple([1, 2]), tuple("hi"), sorted(set("banana")), set())
print(dict([(1, "one"), (2, "two")]), dict({"a": 1}, b=2), dict(x=1))
print(bool(0), bool(0.0), bool(""), bool(" "), bool([None]), bool(-0.0))
print(list(map(float, ["1", "2.5", "inf"])), [int(c) for c in "2024"])
print(str(b"bytes"), list(b"AB"), int("  0012  "))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
int([1])
