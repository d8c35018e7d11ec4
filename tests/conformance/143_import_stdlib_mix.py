# Checks: importing several built-in modules in different forms and using one function from each.
import random
import itertools as it
from collections import Counter, namedtuple, deque
from functools import partial, reduce

random.seed(42)
print(random.randint(1, 100), random.choice(["가위", "바위", "보"]))
print(list(it.islice(it.count(10, 5), 4)))
print(Counter("mississippi").most_common(2))
Point = namedtuple("Point", "x y")
print(Point(1, 2), Point(1, 2).x)
q = deque([1, 2, 3], maxlen=3)
q.append(4)
print(q)
int2 = partial(int, base=2)
print(int2("1010"), reduce(lambda a, b: a * b, range(1, 6)))
