# seed: 7
# Checks: the `# seed: 7` directive changes the starting seed; the same values come from random.seed(7) afterwards.
import random

first = [random.random() for _ in range(3)]
print(first)
print(random.randint(1, 1000))
random.seed(7)
print([random.random() for _ in range(3)] == first)
