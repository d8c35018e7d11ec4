# Checks: dict comprehensions, counting words with get, inverting a dict, nested dicts and sorted items.
text = "the cat and the dog and the bird"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
squares = {n: n * n for n in range(1, 6)}
print(squares, {n: sq for n, sq in squares.items() if sq % 2})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
grades = {"민수": 85, "지영": 92, "철수": 78}
for name, score in sorted(grades.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name}: {score}")
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r <= c}
print(matrix)
nested = {"user": {"name": "kim", "tags": ["a", "b"]}, "count": 2}
print(nested["user"]["tags"][-1], nested)
print({len(w): w for w in ["a", "bb", "cc", "ddd"]})
print({x: [] for x in ()})
