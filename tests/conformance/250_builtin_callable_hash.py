# Checks: callable() on functions/classes/instances/lambdas, hash of ints, bools, floats and tuples, unhashable TypeError.
class Greeter:
    def __call__(self, name):
        return f"hello {name}"
class Plain:
    pass

print(callable(len), callable(print), callable(lambda: 0), callable(Greeter), callable(Greeter()), callable(Plain()))
print(callable(3), callable("s"), callable(str.upper), Greeter()("kim"))
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 64)))
print(hash(1.0) == hash(1), hash(1.5), hash(0.1), hash(-0.0), hash(float("inf")))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((1, 2)) == hash((1, 2)))
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)))
for bad in ([1], {1: 2}, {1}):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
hash((1, [2]))
