# Checks: function factories returning closures, closures over loop variables via a factory, and nested scopes.
def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = f"power_{exp}"
    return power


square = power_factory(2)
cube = power_factory(3)
print(square(5), cube(2), square.__name__)


def make_greeters(names):
    def make(name):
        return lambda: f"안녕, {name}!"
    return [make(n) for n in names]


for g in make_greeters(["가람", "나래", "다솜"]):
    print(g())


def outer():
    level = 1

    def middle():
        def inner():
            return level + 1
        return inner()
    return middle()


print(outer())
