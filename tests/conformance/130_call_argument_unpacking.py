# Checks: calling with *iterable and **mapping unpacking, several unpackings in one call, and duplicate-keyword errors.
def order(menu, size="M", *extras, qty=1, **notes):
    return f"{menu}/{size}/{list(extras)}/qty={qty}/{notes}"


args = ["라떼", "L", "샷추가"]
opts = {"qty": 2, "ice": "적게"}
print(order(*args))
print(order(*args, **opts))
print(order(*["아메리카노"], *("S", "시럽"), **{"qty": 3}, **{"memo": "빨리"}))
print(order("모카", *range(2)))
print(max(*[3, 9, 2]), print(*"abc", sep="-"))
point = {"x": 1, "y": 2}


def show(x, y):
    return x * 10 + y


print(show(**point), show(*point.values()))
try:
    order("차", **{"qty": 1}, qty=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"x": 1, "z": 2})
except TypeError as e:
    print("TypeError:", e)
