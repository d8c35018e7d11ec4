# Checks: float formatting with format(): f, e, g, %, precision, and str() of results.
x = 1234.5678
print(format(x, ".2f"), format(x, ".0f"), format(x, "f"))
print(format(x, "e"), format(x, ".3e"), format(x, "E"))
print(format(x, "g"), format(x, ".3g"), format(0.00001234, "g"), format(1e20, "g"))
print(format(0.4567, "%"), format(0.4567, ".1%"))
print(format(x, ",.2f"), format(x, "_.1f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
print(format(1e-7, ""), format(123.0, ""), format(1.0, "g"), format(100000.0, "g"), format(1000000.0, "g"))
print(format(float("inf"), ".2f"), format(float("nan"), "e"), format(-0.0, ".1f"))
print(format(3.14159, "10.3f") + "|", format(-3.14159, "+.2f"), format(3.14159, " .2f"))
print("{:.2f}".format(2 / 3), f"{1 / 7:.5}", f"{1e16:.3}")
