# Checks: single inheritance, method overriding, super().__init__ and super().method() calls.
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name}: {self.sound}"

    def info(self):
        return f"<{type(self).__name__} {self.name}>"


class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name, "야옹")
        self.indoor = indoor

    def speak(self):
        base = super().speak()
        return base + " (골골)"


class Kitten(Cat):
    def speak(self):
        return super().speak().upper() + "!"


for pet in [Animal("무명"), Cat("나비"), Kitten("moo", indoor=False)]:
    print(pet.speak(), pet.info())

k = Kitten("tom")
print(k.indoor, isinstance(k, Animal), issubclass(Kitten, Cat), issubclass(Animal, Cat))
print([c.__name__ for c in Kitten.__mro__])
print(Kitten.__bases__[0].__name__)
