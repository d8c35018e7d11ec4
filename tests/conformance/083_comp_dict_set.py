# Checks: dict and set comprehensions, inverting dicts, counting, and filtering by value.
prices = {"사과": 1000, "배": 3000, "포도": 5000, "귤": 500}
cheap = {k: v for k, v in prices.items() if v < 2000}
print(cheap)
inverted = {v: k for k, v in prices.items()}
print(inverted)
discounted = {name: int(p * 0.9) for name, p in prices.items()}
print(discounted)
print({n: n ** 2 for n in range(5)})
squares = {n * n for n in range(-3, 4)}
print(sorted(squares), len(squares))
print({x % 3 for x in range(10)})
text = "hello world"
counts = {ch: text.count(ch) for ch in text if ch != " "}
print(counts)
print({i: [j for j in range(i)] for i in range(3)})
