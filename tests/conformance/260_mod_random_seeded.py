# Checks: random.seed(n) then random(), randint, uniform, randrange, choice give CPython's exact Mersenne Twister values.
import random

random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.uniform(1.5, 2.5), random.randrange(100), random.randrange(0, 100, 5))
print(random.choice("가위바위보"), random.choice([10, 20, 30]))
random.seed(42)
again = random.random()
print(again, "같은 시드 → 같은 값")
random.seed(2024)
print([round(random.random(), 6) for _ in range(3)])
print(random.randint(-10 ** 20, 10 ** 20))
random.seed("hello")
print(random.random())
random.seed(0)
print(random.getrandbits(32), random.getrandbits(70))
