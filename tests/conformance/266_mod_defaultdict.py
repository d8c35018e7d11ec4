# Checks: collections.defaultdict with list, int, set and lambda factories; repr; missing-key insertion; no factory gives KeyError.
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter["z"], len(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["q"], sorted(counts.items()))
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    graph[a].add(b)
print(dict(graph))
greeting = defaultdict(lambda: "손님")
greeting["kim"] = "김 선생님"
print(greeting["kim"], greeting["lee"], dict(greeting))
print(isinstance(counts, dict), counts.get("zz"), "zz" in counts)
plain = defaultdict()
plain["x"]
