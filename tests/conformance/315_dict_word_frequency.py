# Checks: a learner's word-frequency program — str cleanup, dict counting, sorting by (-count, word), and an aligned report.
text = """
파이썬은 쉽다. 파이썬은 재미있다!
코루틴은 어렵다? 아니다, 코루틴은 재미있다.
"""
for mark in ".,!?":
    text = text.replace(mark, " ")
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(f"전체 단어 {len(words)}개, 서로 다른 단어 {len(freq)}개")
ranking = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (word, count) in enumerate(ranking, 1):
    bar = "#" * count
    print(f"{rank:>2}. {word:<6} {count:>2} {bar}")
most = max(freq.values())
print("최다 등장:", [w for w, c in freq.items() if c == most])
print({w: c for w, c in freq.items() if c == 1})
