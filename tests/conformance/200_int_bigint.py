# Checks: arbitrary-precision ints — factorial, powers, big multiplication and negation.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(30))
print(2 ** 100)
print(-(2 ** 64) + 1)
big = 123456789012345678901234567890
print(big * big)
print(big // 7, big % 7)
print(len(str(factorial(100))))
print(10 ** 20 - 1 == 99999999999999999999)
print(type(2 ** 200))
# 큰 수끼리의 비교
print(2 ** 64 > 2 ** 63, -(2 ** 70) < -(2 ** 69))
