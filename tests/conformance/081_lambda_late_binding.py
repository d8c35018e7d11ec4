# Checks: closures capture variables (not values): late binding in loops, and the default-argument fix.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])


def make_multipliers():
    return [lambda x: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])

x = "전역"
show = lambda: x
x = "바뀐 전역"
print(show())
