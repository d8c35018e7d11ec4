# Checks: random.shuffle in place, sample without replacement (k and range populations), choices with weights, and sample's ValueError.
import random

random.seed(123)
menu = ["김밥", "라면", "떡볶이", "순대", "튀김"]
random.shuffle(menu)
print(menu)
print(random.sample(range(1, 46), 6))
print(sorted(random.sample(range(1, 46), 6)))
print(random.sample(menu, 2), random.sample("abcdef", 3))
print(random.choices([1, 2, 3], k=5), random.choices("ab", weights=[9, 1], k=6))
team_a = random.sample(menu, k=len(menu))
print(team_a, sorted(team_a) == sorted(menu))
print(round(random.gauss(0, 1), 12), round(random.triangular(0, 10), 12))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
