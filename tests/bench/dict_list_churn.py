# Bench: dict and list churn — inserts, lookups, deletes, appends, pops.
def main():
    d = {}
    keys = [f"k{i}" for i in range(1000)]
    hits = 0
    for round_ in range(500):
        for i, k in enumerate(keys):
            d[k] = i + round_
        for k in keys:
            if k in d:
                hits += d[k]
        for k in keys[::2]:
            del d[k]
        for i in range(500):
            hits += d.get(keys[i], -1)
    stack = []
    for i in range(1_500_000):
        stack.append(i)
        if i % 3 == 0:
            hits += stack.pop()
    nums = {}
    for i in range(300_000):
        nums[i] = i * i
        if i % 2:
            del nums[i - 1]
    print(hits, len(d), len(stack), len(nums))


main()
