# Checks: list comprehensions with conditions, expressions, method calls, and multiple for clauses.
nums = list(range(1, 11))
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0])
print([n for n in nums if n % 2 if n % 3])
print(["짝" if n % 2 == 0 else "홀" for n in nums[:4]])
words = ["  apple ", "Banana", " cherry"]
print([w.strip().lower() for w in words])
print([(x, y) for x in range(3) for y in range(x)])
print([c for word in ["ab", "cd"] for c in word])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([len(s) for s in "가나다 라마 바".split()])
print([])
print([x for x in []])
