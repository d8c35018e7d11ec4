# Checks: indexing, negative indices, slices with steps, slice assignment and deletion.
nums = list(range(10))
print(nums[0], nums[-1], nums[-3])
print(nums[2:5], nums[:3], nums[7:], nums[:])
print(nums[::2], nums[1::3], nums[::-1], nums[8:2:-2])
print(nums[-3:], nums[:-7], nums[100:], nums[5:2])

word = "파이썬프로그래밍"
print(word[:3], word[3:], word[::-1])

nums[2:5] = ["a", "b"]
print(nums)
nums[:2] = []
print(nums)
del nums[::2]
print(nums)
nums[1] = "X"
print(nums)

matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], matrix[-1][:2])
matrix[0][0] = 100
print(matrix)

s = slice(1, None, 2)
print(s, "abcdefg"[s])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
