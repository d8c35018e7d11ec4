# Checks: isinstance with single types and tuples, bool/int relationship, issubclass chains and type() identity.
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass

p = Puppy()
print(isinstance(p, Puppy), isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(p, ()))
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance(3, (float, str)))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(Dog, (str, Animal)))
print(issubclass(int, object), issubclass(Dog, Dog), isinstance(Dog, type))
print(type(p) is Puppy, type(p) == Dog, type(p).__name__, Puppy.__mro__)
print(type(3), type("x"), type([]), type({}), type(()), type(set()), type(range(1)), type(len))
print(type(type), type(Animal), Animal.__name__, Puppy.__bases__)

def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    return "other"
print([describe(v) for v in [1, 2.5, True, "a", None]])
isinstance(3, 4)
