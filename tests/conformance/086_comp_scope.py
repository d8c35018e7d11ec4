# Checks: comprehension variables do not leak, comprehensions see enclosing and class scopes correctly.
x = "바깥"
result = [x for x in range(3)]
print(result, x)


def outer():
    factor = 10
    return [n * factor for n in range(3)]


print(outer())


class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        pairs = [(n, m) for n in names for m in names if m in names]
    except NameError as e:
        pairs = str(e)


print(Config.upper)
print(Config.pairs)
total = 0
values = [total := total + v for v in [1, 2, 3]]
print(values, total)
