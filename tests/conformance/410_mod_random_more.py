# Checks: random.Random instances are independent, getstate/setstate replay, choices with cum_weights, sample with counts, randrange steps and its errors.
import random

rng1 = random.Random(7)
rng2 = random.Random(7)
print([rng1.randint(1, 6) for _ in range(5)] == [rng2.randint(1, 6) for _ in range(5)])
print(rng1.random(), random.Random("seed").random(), random.Random(3.5).random())
random.seed(11)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
random.seed(5)
print(random.choices(["가", "나", "다"], cum_weights=[1, 5, 10], k=6))
print(random.sample(["빨강", "파랑"], counts=[3, 2], k=5))
print([random.randrange(0, 100, 10) for _ in range(5)], random.randrange(10, 0, -3))
print(random.uniform(5, 1), round(random.expovariate(2.0), 10), round(random.normalvariate(), 10))
print(random.randbytes(4), random.getrandbits(1), random.choice(range(100, 200)))
deck = list("A23456789")
random.shuffle(deck)
print("".join(deck))
for args in [(5, 5), (0, 10, 0), (1, 2, 3, 4)]:
    try:
        random.randrange(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
random.randint(1)
