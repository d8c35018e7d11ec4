# Checks: a three-level inheritance chain where each __init__ calls super(), in order.
class Vehicle:
    def __init__(self, wheels):
        print("Vehicle.__init__")
        self.wheels = wheels

    def describe(self):
        return f"{self.wheels} wheels"


class Car(Vehicle):
    def __init__(self, brand):
        print("Car.__init__ start")
        super().__init__(4)
        self.brand = brand
        print("Car.__init__ end")

    def describe(self):
        return f"{self.brand}, " + super().describe()


class ElectricCar(Car):
    def __init__(self, brand, battery):
        print("ElectricCar.__init__ start")
        super().__init__(brand)
        self.battery = battery
        print("ElectricCar.__init__ end")

    def describe(self):
        return super().describe() + f", {self.battery} kWh"


ev = ElectricCar("현대", 77)
print(ev.describe())
print(Car("기아").describe())
