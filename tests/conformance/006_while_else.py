# Checks: while loops with else, where else runs only when the loop ends without break.
n = 5
while n > 0:
    print("카운트다운", n)
    n -= 1
else:
    print("발사!")

stock = [3, 0, 4]
i = 0
while i < len(stock):
    if stock[i] == 0:
        print("품절 발견: index", i)
        break
    i += 1
else:
    print("모두 재고 있음")

count = 0
while True:
    count += 1
    if count % 2 == 0:
        continue
    if count > 7:
        break
    print("odd", count)
print("count =", count)
