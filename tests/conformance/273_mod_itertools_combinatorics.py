# Checks: itertools product (repeat=), permutations (r), combinations, combinations_with_replacement, and counts.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(["".join(p) for p in permutations("abc")])
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("xy", 2)))
print(len(list(permutations(range(5), 3))), perm(5, 3), len(list(combinations(range(10), 4))), comb(10, 4))
coins = [500, 100, 50]
for combo in combinations(coins, 2):
    print(combo, sum(combo))
print(list(product()), list(permutations([], 0)), list(combinations([1], 2)))
sizes = ["S", "M"]
colors = ["빨강", "파랑"]
for size, color in product(sizes, colors):
    print(size, color)
