# Checks: f-strings with format specs (width, alignment, fill, precision, thousands, sign, %), !r/!s, nesting and =.
name, price, qty = "아메리카노", 4500, 3
print(f"{name}: {price:,}원 x {qty} = {price * qty:,}원")
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^10}]")
pi = 3.14159265
print(f"{pi:.2f} {pi:8.3f} {pi:<8.1f}| {pi:+.1f} {-pi:.0f}")
print(f"{0.256:.1%} {1234567.891:,.2f} {42:05d} {42:x} {42:#b} {255:#o}")
print(f"{'text'!r} {'text'!s} {[1, 'a']!r}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
x = 7
print(f"{x=}, {x * 2 = }")
print(f"{{중괄호}} {x:>{width}}")
print(f"{'yes' if x > 5 else 'no'} {len(name)}")
print(f"{1e-7} {1e20:.3e} {123.0:g} {0.0001:g}")
for i, item in enumerate(["a", "bb"], 1):
    print(f"{i:2d}. {item:5}|")
