# Checks: *args and **kwargs collection, their types, and mixing with normal parameters.
def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)

print(total())
print(total(1, 2, 3))


def describe(title, *args, **kwargs):
    print("title:", title)
    for i, a in enumerate(args):
        print("  arg", i, "=", a)
    for key, value in kwargs.items():
        print("  kw", key, "=", value)
    return len(args) + len(kwargs)

n = describe("주문", "치킨", "피자", size="L", qty=2)
print("count:", n)
print(describe("empty"))


def show(**options):
    return sorted(options.items())

print(show(b=2, a=1, c=3))
