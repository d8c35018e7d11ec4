# Checks: itertools pairwise, compress, filterfalse, accumulate(initial=), tee independence, zip_longest, islice on a shared iterator, groupby with key, repeat repr.
from itertools import (pairwise, compress, filterfalse, accumulate, tee, zip_longest, islice,
                       groupby, repeat, count, chain, starmap, product, cycle)
import operator

temps = [18, 21, 19, 25, 24]
print([b - a for a, b in pairwise(temps)], list(pairwise("ab")), list(pairwise([1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([], initial=100)), list(accumulate("abc")))
balance = list(accumulate([100, -30, -50, 20], initial=0))
print(balance)
it = iter(range(10))
first3 = list(islice(it, 3))
next3 = list(islice(it, 3))
print(first3, next3, next(it))
a, b, c = tee([1, 2, 3], 3)
print(next(a), next(a), list(b), list(a), list(c))
print(list(zip_longest([1, 2, 3], "ab")), list(zip_longest()))
records = [("서울", 10), ("부산", 5), ("서울", 7), ("대구", 3), ("부산", 1)]
for city, group in groupby(sorted(records), key=lambda r: r[0]):
    print(city, sum(n for _, n in group))
print(repeat("ab", 2), list(repeat(None, 0)), list(starmap(operator.add, zip([1, 2], [10, 20]))))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)), list(islice(cycle([]), 3)))
print(len(list(product(range(3), repeat=2))), list(product("ab", "")))
c = count(1.5, 0.5)
print(next(c), next(c), c)
for i, (x, y) in enumerate(zip(count(), "xy")):
    print(i, x, y)
list(pairwise(5))
