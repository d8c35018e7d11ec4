# Checks: f-string !r/!s/!a conversions, nested {x:{w}} specs, = self-documenting, braces escaping, expressions.
name = "코루틴"
value = 3.14159
width, prec = 10, 3
print(f"{name!r} {name!s} {name!a}")
print(f"[{value:{width}.{prec}f}] [{name:>{width}}] [{value:{'^'}{width}}]")
print(f"{value=}", f"{name=}", f"{width + prec=}", f"{value=:.2f}", f"{name = }")
print(f"{{literal braces}} {{{width}}}")
items = [1, 2, 3]
print(f"{len(items)} items, sum {sum(items)}, last {items[-1]}, {'yes' if items else 'no'}")
d = {"key": "val"}
print(f"{d['key']} {d!r} {[x * 2 for x in items]}")
print(f"{'multi'}" f"{'part'}" "plain")
for i in range(1, 4):
    print(f"{i:>{i + 1}}|{'*' * i:<4}|")
def fmt(x):
    return f"<{x}>"
print(f"{fmt(fmt(1))}")
