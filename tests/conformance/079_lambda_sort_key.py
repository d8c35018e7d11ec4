# Checks: lambdas as sort keys, with map/filter, default arguments, and immediately called lambdas.
students = [("민수", 85, 20), ("지영", 92, 19), ("철수", 85, 18), ("수진", 70, 21)]
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: (-s[1], s[2])))
print(max(students, key=lambda s: s[2])[0])

square = lambda x: x * x
print(square(7), square.__name__)
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda w: len(w) > 2, ["ab", "abc", "abcd"])))
print((lambda a, b=10, *rest, **kw: (a, b, rest, kw))(1, 2, 3, k=4))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
words = "the quick brown fox".split()
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
