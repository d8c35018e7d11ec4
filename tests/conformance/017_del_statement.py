# Checks: del on names, list items, slices, dict keys and attributes, and the errors afterwards.
x = 42
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

items = ["a", "b", "c", "d"]
del items[1]
print(items)
del items[-1]
print(items)

scores = {"kim": 90, "lee": 80}
del scores["kim"]
print(scores)
try:
    del scores["park"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    pass

b = Box()
b.value = 1
del b.value
try:
    b.value
except AttributeError as e:
    print("AttributeError:", e)

a, c = 1, 2
del a, c
print("a" in dir(), "c" in dir())
