# Checks: set union/intersection/difference/symmetric difference (operators and methods), subset tests, small int set printing.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.issubset(range(10)), {1, 2} <= a, {1, 2} < {1, 2}, a >= {5})
print(a.isdisjoint({8, 9}), a.isdisjoint(b))
s = set()
print(s, type(s), {}, set([3, 1, 2, 3, 1]))
s.add(3)
s.add(1)
s.update([2, 9], {8})
print(s, len(s), 9 in s)
s.discard(100)
s.remove(9)
print(s, sorted(s, reverse=True))
print(s.pop(), s)
evens = {n for n in range(10) if n % 2 == 0}
print(evens, {n % 3 for n in range(100)})
print({5, 3, 1}, {100, 1, 10}, {7, 6, 5, 4, 3, 2, 1, 0})
s.remove(42)
