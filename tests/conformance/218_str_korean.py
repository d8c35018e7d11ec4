# Checks: Korean strings — len counts code points, slicing, iteration, ord/chr, sorting and reversing.
greeting = "안녕하세요, 파이썬!"
print(len(greeting), greeting[0], greeting[-1], greeting[:5], greeting[7:10])
for ch in "코루틴":
    print(ch, ord(ch), hex(ord(ch)))
print(chr(44032), chr(0xD7A3), "".join(chr(ord("가") + i) for i in range(5)))
print(greeting[::-1])
names = ["홍길동", "김철수", "이영희", "박민수"]
print(sorted(names), max(names), min(names))
print("철수" in names[1], names[1].startswith("김"))
print(repr("한글"), str("한글"), ["한글", "mixed 문자열"])
print("가나다".encode("utf-8"), len("가나다".encode("utf-8")))
print(f"{'이름':<6}|{'점수':>5}|")
print(f"{'홍길동':<6}|{95:>5}|")
sentence = "나는 파이썬을 공부한다"
print(sentence.split(), [len(w) for w in sentence.split()])
print("ㄱ" < "가" < "힣", "A" < "a" < "가")
