# Checks: return of tuples, early return, implicit None, and functions as values.
def min_max(values):
    if not values:
        return
    return min(values), max(values)

lo, hi = min_max([3, 9, 1, 7])
print(lo, hi)
print(min_max([]))
result = min_max([5])
print(result, type(result).__name__)


def nothing():
    pass

print(nothing())


def sign(x):
    if x > 0:
        return "양수"
    elif x < 0:
        return "음수"
    return "영"

for v in (5, -2, 0):
    print(v, sign(v))

ops = {"double": lambda x: x * 2, "sign": sign}
print(ops["double"](21), ops["sign"](-1))
print(sign.__name__, nothing.__name__)
