# Checks: insertion order is preserved (also after delete and re-insert), views are live, | and |= merge.
d = {}
d["c"] = 3
d["a"] = 1
d["b"] = 2
print(d)
del d["c"]
d["c"] = 30
d["a"] = 100
print(d, list(d))
keys = d.keys()
d["z"] = 0
print(keys, len(keys), d.values(), d.items())
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print(base | override, override | base)
base |= {"user": "admin"}
print(base)
print({1: "a", True: "b", 1.0: "c"})
print(dict(sorted({"b": 2, "a": 1}.items())), {k: v for k, v in reversed(list(d.items()))})
for key in list(d):
    if d[key] == 0:
        del d[key]
print(d)
for key in d:
    d["new"] = 1
