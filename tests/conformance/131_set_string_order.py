# Checks: iteration order of sets of strings under PYTHONHASHSEED=0 (deliberately order-dependent).
fruits = {"apple", "banana", "cherry", "durian", "elderberry"}
print(fruits)
for f in fruits:
    print(f)
tags = set("hello world".split()) | {"python", "코루틴"}
print(tags)
print(list({"가", "나", "다", "라"}))
print({"x", "y"} & {"y", "z"}, {"a", "b", "c"} - {"b"})
print(sorted(fruits) == list(sorted(fruits)))
