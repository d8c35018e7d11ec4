# Checks: conditional (ternary) expressions, nesting, and short-circuit evaluation of the branches.
def label(n):
    return "짝수" if n % 2 == 0 else "홀수"


print([label(i) for i in range(4)])


def size(n):
    return "small" if n < 10 else "medium" if n < 100 else "large"


print(size(5), size(50), size(500))


def loud(value):
    print("  evaluated", value)
    return value


x = loud("yes") if True else loud("no")
print(x)
y = loud(1) if loud(False) else loud(2)
print(y)
print(0 or "default", "" and "unused", None or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
nums = [3, -1, 0, 5]
print([n if n > 0 else 0 for n in nums])
