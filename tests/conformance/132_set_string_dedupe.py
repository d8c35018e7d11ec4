# Checks: set-of-strings order in comprehensions and frozensets (hash order under PYTHONHASHSEED=0), vs dict insertion order.
words = "the cat sat on the mat with the hat".split()
unique = {w for w in words}
print(unique)
print(frozenset(["red", "green", "blue"]))
ordered = list(dict.fromkeys(words))
print(ordered)
print(",".join({"서울", "부산", "대구", "인천"}))
