# Checks: RuntimeError when a dict or set changes size during iteration, and the safe copy pattern.
stock = {"사과": 0, "배": 3, "귤": 0, "감": 5}
try:
    for k in stock:
        if stock[k] == 0:
            del stock[k]
except RuntimeError as e:
    print("RuntimeError:", e)

stock = {"사과": 0, "배": 3, "귤": 0, "감": 5}
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock)

nums = {1, 2, 3}
try:
    for n in nums:
        nums.add(n * 10)
except RuntimeError as e:
    print("RuntimeError:", e)

items = [1, 2, 3, 4]
for i in items:
    if i % 2 == 0:
        items.remove(i)
print(items)
