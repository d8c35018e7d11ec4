# Checks: dict get/setdefault/pop/popitem/update/keys/values/items/copy/clear and KeyError messages.
stock = {"사과": 3, "배": 5}
print(stock.get("사과"), stock.get("귤"), stock.get("귤", 0))
print(stock.setdefault("귤", 10), stock.setdefault("사과", 99), stock)
print(stock.pop("배"), stock.pop("없음", "기본"), stock)
stock.update({"포도": 7}, 딸기=2)
stock.update([("사과", 4)])
print(stock)
print(list(stock.keys()), list(stock.values()), list(stock.items()))
print(stock.popitem(), stock)
print(len(stock), "귤" in stock, 4 in stock, 4 in stock.values())
c = stock.copy()
c["새"] = 1
stock.clear()
print(stock, c)
print(dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0), dict(zip("xyz", range(3))))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
scores = {"kim": 90}
print(scores["lee"])
