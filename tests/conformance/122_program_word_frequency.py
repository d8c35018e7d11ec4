# Checks: a word-frequency counter using dicts, sorting by count then word, and string methods.
text = """파이썬 코루틴 은 제너레이터 를 기반 으로 한다
코루틴 은 await 로 실행 한다
이벤트 루프 는 코루틴 을 스케줄링 한다"""

freq = {}
for line in text.splitlines():
    for word in line.split():
        freq[word] = freq.get(word, 0) + 1

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for rank, (word, count) in enumerate(top, start=1):
    print(f"{rank}. {word} ({count}회)", "*" * count)
print("단어 수:", sum(freq.values()), "고유 단어:", len(freq))
longest = max(freq, key=len)
print("가장 긴 단어:", longest, len(longest))
