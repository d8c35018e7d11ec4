# Checks: tuple/list unpacking, swapping, nested targets, chained assignment, and unpacking errors.
a, b = 1, 2
a, b = b, a
print(a, b)

x = y = z = 0
print(x, y, z)

(p, q), r = (10, 20), 30
print(p, q, r)

[first, second] = "가나"
print(first, second)

for name, (kor, eng) in [("철수", (90, 80)), ("영희", (70, 95))]:
    print(name, kor + eng)

point = {"x": 3, "y": 4}
k1, k2 = point
print(k1, k2)

try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)
