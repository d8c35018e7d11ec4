# Checks: recursive generation of permutations, subsets and combinations returning nested lists.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, head in enumerate(items):
        for tail in permutations(items[:i] + items[i + 1:]):
            result.append([head] + tail)
    return result


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
print(subsets(["가", "나", "다"]))
print(combinations([1, 2, 3, 4], 2))
print(["".join(p) for p in permutations(list("abc"))])
