# Checks: list append/extend/insert/pop/remove/index/count/reverse/copy/clear and their errors.
fruits = ["apple", "banana"]
fruits.append("cherry")
fruits.extend(["date", "elder"])
fruits.insert(1, "avocado")
fruits.insert(100, "fig")
fruits.insert(-1, "grape")
print(fruits)
print(fruits.pop(), fruits.pop(0), fruits.pop(-2), fruits)
fruits.remove("banana")
print(fruits, fruits.index("date"), fruits.count("date"), [1, 2, 1].count(1))
copy = fruits.copy()
copy.append("x")
fruits.reverse()
print(fruits, copy)
nums = [1, 2, 3]
nums += [4]
nums *= 2
print(nums, nums.index(3, 3), len(nums))
nums.clear()
print(nums)
try:
    nums.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
print([1, 2, 3].index(7))
