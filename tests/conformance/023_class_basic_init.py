# Checks: a class with __init__, instance attributes, methods calling other methods, and type names.
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return f"{self.name}({self.age}살) - 재주: {', '.join(self.tricks) or '없음'}"

    def birthday(self):
        self.age += 1
        return self.describe()


choco = Dog("초코", 3)
print(choco.describe())
choco.add_trick("앉아").add_trick("손")
print(choco.describe())
print(choco.birthday())
bori = Dog("보리", 1)
print(bori.describe())
print(type(choco).__name__, isinstance(bori, Dog))
print(Dog.describe(bori))
