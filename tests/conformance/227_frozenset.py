# Checks: frozenset — creation, repr, hashability as dict key and set element, ops returning frozenset, missing add.
fs = frozenset([3, 1, 2])
print(fs, frozenset(), type(fs))
print(fs | {5}, {5} | fs, fs & {1, 2, 7}, fs - {1})
groups = {frozenset({1, 2}): "pair", frozenset({3}): "single"}
print(groups[frozenset([2, 1])])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested))
print(frozenset({1, 2}) == {1, 2}, hash(frozenset()) == hash(frozenset()))
print(sorted(fs), 2 in fs, len(fs))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
fs.add(4)
