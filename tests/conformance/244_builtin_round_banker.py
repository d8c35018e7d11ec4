# Checks: round() for ints/floats, half-to-even, negative ndigits on ints, None ndigits, and a price-rounding example.
print([round(n + 0.5) for n in range(-3, 4)])
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.5000001))
print(round(3.14159, 2), round(3.14159, 4), round(-3.14159, 1), round(5, 2), round(5.0, None))
print(round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(149, -2), round(150, -2), round(250, -2))
print(round(0.1 + 0.2, 2) == 0.3, round(1 / 3, 5), round(2 / 3, 5))
prices = [1999.5, 2000.5, 1234.567]
print([round(p) for p in prices], [round(p, 1) for p in prices])
print(round(123.456, -1), round(987.654, -2), round(0.0005, 3), round(0.0015, 3))
print(round(True), round(float("inf"), 2), round(1e16 + 1.0))
round(float("nan"))
