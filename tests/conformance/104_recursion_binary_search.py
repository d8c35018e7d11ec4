# Checks: recursive binary search and merge sort with slicing, plus gcd via Euclid.
def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    while left and right:
        merged.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return merged + left + right


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


data = merge_sort([38, 27, 43, 3, 9, 82, 10, 3])
print(data)
for t in [3, 43, 82, 5]:
    print(t, "->", binary_search(data, t))
print(gcd(1071, 462), gcd(17, 5))
