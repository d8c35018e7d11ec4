# Checks: AttributeError messages for instances, classes, None and builtins, caught with `as`.
class Foo:
    def __init__(self):
        self.a = 1


f = Foo()
try:
    f.x
except AttributeError as e:
    print(e)
try:
    Foo.y
except AttributeError as e:
    print(e)
try:
    None.upper()
except AttributeError as e:
    print(e)
try:
    [1, 2].push(3)
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
print(f.a)
f.missing_method()
