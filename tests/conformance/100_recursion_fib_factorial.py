# Checks: classic recursion: fibonacci, factorial with big integers, sum of digits, and power.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1)


print([fib(i) for i in range(15)])
print(fib(20))
print(factorial(10))
print(factorial(30))
print(factorial(52))
print(digit_sum(factorial(100)))
print(power(3, 40), power(2, 100) == 2 ** 100)
