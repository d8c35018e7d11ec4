# Checks: itertools chain/chain.from_iterable, groupby on sorted data (and unsorted pitfall), accumulate, zip_longest, starmap, tee.
from itertools import chain, groupby, accumulate, zip_longest, starmap, tee
import operator

print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
data = [("과일", "사과"), ("채소", "당근"), ("과일", "배"), ("채소", "오이"), ("과일", "귤")]
for key, group in groupby(sorted(data), key=lambda x: x[0]):
    print(key, [name for _, name in group])
print([(k, len(list(g))) for k, g in groupby("aaabccaa")])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1])])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
runs = groupby([1, 1, 2])
k, g = next(runs)
next(runs)
print(k, list(g))
