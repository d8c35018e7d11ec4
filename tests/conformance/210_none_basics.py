# Checks: None — repr, identity tests, default return value, and the TypeError when used as a number.
def greet(name):
    print("안녕하세요,", name)

result = greet("민수")
print(result, repr(result), str(result))
print(result is None, result == None, type(None))
print([None, None], {"a": None})
values = [3, None, 7, None, 1]
print([v for v in values if v is not None])
print(None or "기본값", None and 1)
d = {}
print(d.get("missing"))
total = None
total = (total or 0) + 5
print(total)
print(None + 1)
