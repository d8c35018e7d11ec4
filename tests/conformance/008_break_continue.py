# Checks: break and continue in nested loops, and loop variables after the loop.
for i in range(1, 4):
    for j in range(1, 4):
        if j == 2:
            continue
        if i == 3:
            break
        print(i, "x", j, "=", i * j)
print("after loops i =", i, "j =", j)

total = 0
for n in range(100):
    if n % 3:
        continue
    total += n
    if total > 50:
        break
print("n =", n, "total =", total)

words = ["하나", "둘", "", "셋", "STOP", "넷"]
for w in words:
    if not w:
        continue
    if w == "STOP":
        break
    print(w)
