# Checks: __call__ making instances callable, callable(), and stateful function objects.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        return value * self.factor


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double("하"))
print(list(map(double, [1, 2, 3])))
print("calls:", double.calls, triple.calls)
print(callable(double), callable(Multiplier), callable(5), callable(print))

number = 5
try:
    number()
except TypeError as e:
    print("TypeError:", e)
text = "text"
try:
    text()
except TypeError as e:
    print("TypeError:", e)
