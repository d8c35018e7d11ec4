# Checks: collections.Counter — counting, most_common (ties keep first-seen order), arithmetic, update/subtract, elements, missing keys.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(2))
letters = Counter("abracadabra")
print(letters)
print(letters.most_common(), letters.most_common(3), letters["z"])
votes = Counter(["짜장", "짬뽕", "짜장", "탕수육", "짬뽕", "짜장"])
winner, n = votes.most_common(1)[0]
print(f"1위: {winner} ({n}표)", votes)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b)
a.update("aab")
print(a)
a.subtract({"a": 10})
print(a, +a, sorted(Counter("hello").elements()))
print(sum(letters.values()), Counter({"x": 2}) == Counter(x=2), list(Counter("cba")))
print(Counter())
