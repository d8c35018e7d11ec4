# Checks: KeyError's str() is the repr of the key, unlike other exceptions; uncaught KeyError output.
try:
    {"a": 1}["b"]
except KeyError as e:
    print("str:", str(e))
    print("repr:", repr(e))
    print("args:", e.args)

print(str(KeyError("문자열 키")), str(ValueError("문자열 메시지")))
print(str(KeyError(42)), str(KeyError((1, 2))), str(KeyError()))
print(str(KeyError("a", "b")))

inventory = {"사과": 3, "배": 5}
for fruit in ["사과", "포도"]:
    try:
        print(fruit, inventory[fruit])
    except KeyError as e:
        print("없는 과일:", e)

print(inventory.get("포도", 0))
print(inventory["포도"])
