# Checks: recursion over nested lists and dicts: flatten, depth, deep sum and a mutual recursion pair.
def flatten(value):
    if isinstance(value, list):
        out = []
        for v in value:
            out.extend(flatten(v))
        return out
    return [value]


def depth(value):
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def deep_sum(tree):
    if isinstance(tree, dict):
        return sum(deep_sum(v) for v in tree.values())
    if isinstance(tree, (list, tuple)):
        return sum(deep_sum(v) for v in tree)
    return tree


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


data = [1, [2, [3, [4, []]], 5], [[6]]]
print(flatten(data), depth(data), depth([]), depth(7))
print(deep_sum({"a": 1, "b": {"c": [2, 3, (4, 5)], "d": {}}}))
print(is_even(10), is_odd(7), is_even(99))
