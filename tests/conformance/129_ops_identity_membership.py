# Checks: is / is not against None and singletons, in / not in for str, list, dict, set and range.
a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
value = None
print(value is None, value is not None, value == None)
print(True is True, type(None) is type(None))
print(2 in a, 5 not in a, "ell" in "hello", "" in "abc")
d = {"key": 1, 2: "two"}
print("key" in d, 1 in d, 2 in d, "two" in d.values())
print(3 in {1, 2, 3}, 10 in range(0, 20, 5), 11 in range(0, 20, 5))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print("코" in "코루틴", "틴" not in "코루틴")
empty = []
print(empty is not None and len(empty) == 0)
