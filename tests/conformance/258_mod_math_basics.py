# Checks: math constants and functions — sqrt, floor, ceil, pi, e, inf, gcd, lcm, factorial, isclose, trunc, fabs.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2))
print(type(math.floor(2.5)), math.trunc(-2.9), math.fabs(-4), math.copysign(3, -0.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.factorial(20))
print(math.factorial(0), len(str(math.factorial(50))))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(round(math.sin(math.pi / 2), 10), math.cos(0), round(math.degrees(math.pi), 6), math.radians(180))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(5, 2), math.perm(5, 2), math.floor(10 ** 20 + 0.5))
area = lambda r: math.pi * r ** 2
print(f"반지름 3인 원의 넓이: {area(3):.2f}")
math.sqrt(-1)
