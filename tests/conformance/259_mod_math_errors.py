# Checks: math domain and type errors — factorial of negatives/floats, log(0), and the traceback for sqrt of a string.
import math

tests = [
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.acos(2),
    lambda: math.exp(1000),
    lambda: math.gcd(1.5, 2),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.sqrt("4"))
