# Checks: round() with banker's rounding, ndigits (positive, negative), and float representation surprises.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, "->", round(x))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159))
print(type(round(2.5)), type(round(2.5, 0)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(12345.678, -1), round(12345.678, -3))
print(round(7), round(-7, 1))
print(round(1e300, 2))
