# Checks: chained comparisons, their single evaluation of middle operands, and mixed comparison operators.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3] < [2])


def val(n):
    print("  eval", n)
    return n


print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 != 3 > 0, 5 > 3 == 3)
score = 85
if 80 <= score < 90:
    print("B 학점")
print((1, "a") < (1, "b"), (2,) > (1, 99), "Z" < "a", "가" < "나")
print(3 in [1, 2, 3] in [[1, 2, 3]])
print(not 1 == 2, not (1 < 2 < 3))
