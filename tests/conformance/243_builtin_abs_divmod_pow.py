# Checks: abs on int/float/bool/big ints, divmod on ints and floats, pow with 2 and 3 args and its errors.
print(abs(-5), abs(5), abs(-3.5), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 3.0))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3))
print(pow(7, 2, 5), pow(123456789, 987654321, 1000000007), pow(-3, 3, 7))
minutes = 135
h, m = divmod(minutes, 60)
print(f"{h}시간 {m}분")
seconds = 98765
d, rest = divmod(seconds, 86400)
h, rest = divmod(rest, 3600)
print(d, h, *divmod(rest, 60))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(abs("x"))
