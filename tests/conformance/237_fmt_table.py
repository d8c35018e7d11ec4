# Checks: a formatted report table mixing f-string widths, thousand separators, percentages and centered titles.
sales = [
    ("1월", 1520000, 0.052),
    ("2월", 980500, -0.355),
    ("3월", 2310750, 1.357),
]
title = " 분기 매출 보고서 "
print(f"{title:=^36}")
print(f"{'월':<6}{'매출':>14}{'증감':>10}")
for month, amount, change in sales:
    print(f"{month:<6}{amount:>14,}{change:>+10.1%}")
total = sum(a for _, a, _ in sales)
avg = total / len(sales)
print("-" * 36)
print(f"{'합계':<6}{total:>14,}")
print(f"{'평균':<6}{avg:>14,.1f}")
print(f"최고: {max(sales, key=lambda s: s[1])[0]}, 최저: {min(sales, key=lambda s: s[1])[0]}")
print("{:=^36}".format(""))
