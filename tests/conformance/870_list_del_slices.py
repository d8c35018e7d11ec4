# Checks: del with slices of every shape (prefix, middle, suffix, steps forward and
# backward, empty, whole list) and a large queue compacted the way a FIFO does.
letters = list("abcdefghij")
for s in [slice(None, 3), slice(2, 5), slice(7, None), slice(None, None, 2),
          slice(1, None, 3), slice(None, None, -2), slice(8, 1, -3), slice(5, 5),
          slice(6, 2), slice(-3, None), slice(None, None)]:
    copy = letters[:]
    del copy[s]
    print(s, ''.join(copy))

# A FIFO that consumes from the front and compacts now and then, as event loops do.
queue = list(range(200_000))
head = 0
total = 0
while head < len(queue):
    total += queue[head]
    head += 1
    if head > 1024 and head * 2 > len(queue):
        del queue[:head]
        head = 0
print(total, len(queue), head)

nums = list(range(20))
del nums[::-1]
print(nums)
try:
    del nums[::0]
except ValueError as e:
    print("ValueError:", e)
