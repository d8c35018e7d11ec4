# Checks: string indexing and slicing — negative indices, steps, reversal, out-of-range slices and IndexError.
s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[-3:], s[:-2])
print(s[::2], s[1::2], s[::-1], s[-2::-2], s[4:1:-1])
print(repr(s[10:]), repr(s[3:3]), s[-100:100], repr(s[5:1]))
print(s[slice(1, 5, 2)], s[slice(None, None, -1)])
word = "level"
print(word == word[::-1], "palindrome" if word == word[::-1] else "no")
for i in range(-len(s), len(s), 3):
    print(i, s[i])
print(s * 2, s + "!" * 3, 3 * "ab")
print(s[6])
