# Checks: inf and nan — creation, comparison, arithmetic, and the OverflowError/ValueError they cause.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf + 1, inf - inf, inf * 0, 1 / inf)
print(float("-Infinity"), float("NaN"), float("INF"))
print([inf, nan], (nan,))
print(max(1.0, inf), min(-inf, 0))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(1e308 * 10, -1e308 * 10)
