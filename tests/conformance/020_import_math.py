# Checks: import x, import x as y, from x import y, from x import y as z with the math module.
import math
import math as m
from math import sqrt, pi
from math import floor as 내림

print(math.sqrt(16), m.pow(2, 5))
print(sqrt(2))
print(round(pi, 5))
print(내림(3.7), math.ceil(3.2))
print(math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3))
print(m is math)
print(math.__name__)
