# Checks: the walrus operator := in if, while, comprehensions, and its binding in the enclosing scope.
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print(f"리스트가 깁니다 ({n}개)")

queue = ["a", "b", "c"]
while (item := queue.pop(0) if queue else None) is not None:
    print("처리:", item)

values = [1, 2, 3, 4, 5, 6]
print([y for x in values if (y := x * x) > 10])
print(y)

text = "주문번호: 12345"
if (pos := text.find(":")) != -1:
    print("found", text[pos + 1:].strip(), "at", pos)

chunks = iter(["line1", "line2", ""])
while line := next(chunks):
    print(line)
print((z := 7) + z)
