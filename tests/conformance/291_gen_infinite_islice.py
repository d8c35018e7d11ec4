# Checks: infinite generators (fibonacci, primes, ids) consumed with itertools.islice, takewhile and next.
from itertools import islice, takewhile

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

print(list(islice(fibonacci(), 15)))
print(list(islice(fibonacci(), 90, 92)))
print(list(islice(primes(), 10)), list(takewhile(lambda p: p < 30, primes())))

def ticket_numbers(prefix):
    n = 1
    while True:
        yield f"{prefix}-{n:04d}"
        n += 1

tickets = ticket_numbers("대기")
for _ in range(3):
    print(next(tickets))
fib = fibonacci()
print([next(fib) for _ in range(5)], next(fib))
print(next(x for x in fibonacci() if x > 1000))
