# Checks: list.sort and sorted with key=, reverse=, stability on equal keys, and mixed-type TypeError.
students = [("민수", 85), ("지영", 92), ("철수", 85), ("영희", 78), ("현우", 92)]
by_score = sorted(students, key=lambda s: s[1])
print(by_score)
print(sorted(students, key=lambda s: s[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}))
records = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
records.sort(key=lambda r: (r["a"], r["n"]))
print([r["n"] for r in records])
print([1, 3, 2].sort())
print(sorted([3, "a", 1]))
