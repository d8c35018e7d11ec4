# Checks: without random.seed() a run is seeded with 0 by the harness, so random/randint/choice/shuffle are reproducible.
import random

print(random.random())
print(random.randint(1, 100), random.randint(1, 100))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
print(random.choice(["서울", "부산", "대구", "광주"]))
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, sum(rolls))
