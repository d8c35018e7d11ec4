# Bench: a tight while/for loop of int and float arithmetic (budget: 10^6 loop).
def main():
    total = 0
    x = 0.0
    for i in range(2_000_000):
        total += i * 3 % 7 - (i >> 2)
        x = x * 0.5 + i / 3
    j = 0
    while j < 2_000_000:
        total ^= j
        j += 1
    print(total, round(x, 3))


main()
