# Checks: repr of nested containers, quote choice in str repr, escapes, recursive list/dict `[...]`/`{...}`.
data = {"name": "kim", "scores": [90, 85.5], "tags": ("a",), "meta": {"ok": True, "x": None}}
print(data)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"))
print(repr("\\path"), repr("\x00\x7f"), repr("é한"), repr("\u200b"))
print([[1, [2, [3, []]]]], [(1,), {2}, {3: 4}])
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
print(str([1, "1"]), repr([1, "1"]), str("1"), repr("1"))
print([1.0, 1e100, -0.0], (None, True, ...))
print(str(b"x"), [b"x"], {"k": b"v"})
