# Checks: f-string width, alignment (<, >, ^, =), fill characters and sign options on ints and strings.
n = 42
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}]")
print(f"[{'ab':5}] [{'ab':>5}] [{'ab':^6}] [{'ab':*^7}] [{'ab':-<4}]")
print(f"[{n:+}] [{-n:+}] [{n: }] [{-n: }] [{n:-}]")
print(f"[{-n:=8}] [{-n:0=8}] [{n:+08}] [{-3.5:=+10.2f}]")
print(f"[{'가나':>6}] [{'가나':^6}]")
print(f"[{True:>6}] [{None!s:>6}] [{3.0:<6}]")
items = [("아메리카노", 4500), ("라떼", 5000), ("케이크", 6500)]
print(f"{'메뉴':<8}{'가격':>8}")
for name, price in items:
    print(f"{name:<8}{price:>8,}")
total = sum(p for _, p in items)
print(f"{'합계':<8}{total:>8,}")
print(f"{'':=^16}")
