# Checks: generator expressions with sum/any/all/max, laziness, and single-use exhaustion.
nums = [4, 8, 15, 16, 23, 42]
print(sum(n for n in nums if n % 2 == 0))
print(any(n > 40 for n in nums), all(n > 3 for n in nums))
print(max(len(w) for w in ["a", "abc", "ab"]))
gen = (n * 10 for n in range(3))
print(type(gen).__name__)
print(next(gen))
print(list(gen))
print(list(gen))


def noisy(n):
    print("  computing", n)
    return n


lazy = (noisy(i) for i in range(3))
print("created")
for value in lazy:
    print("got", value)
print(",".join(str(i) for i in range(5)))
print(sorted((x % 4 for x in range(10)), reverse=True))
