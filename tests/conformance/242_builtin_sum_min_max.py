# Checks: sum (start=, floats), min/max with key=, default=, several args, and the empty-sequence ValueError.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([]), sum([[1], [2]], []))
print(sum(x * x for x in range(10)), sum(range(1, 101)) / 100)
words = ["파이썬", "go", "rust", "javascript"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(max(3, 7, 5), min(3, 7, 5), max([2, 8], [2, 9]), min("hello"))
print(max([], default="없음"), min([], default=None), max([4], default=0))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "b"), (3, "a"), (3, "c")], key=lambda t: t[0]))
scores = {"kim": 80, "lee": 95, "park": 95}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max(-5, 3, key=abs), min(1, True, 1.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
max()
