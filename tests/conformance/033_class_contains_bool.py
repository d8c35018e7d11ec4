# Checks: __contains__ for the in operator, and __bool__ / __len__ for truthiness.
class EvenNumbers:
    def __contains__(self, item):
        print("  checking", item)
        return isinstance(item, int) and item % 2 == 0


evens = EvenNumbers()
print(4 in evens)
print(7 in evens)
print("a" not in evens)


class Cart:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


cart = Cart()
print("비어있음" if not cart else "담김")
cart.items.append("사과")
print("비어있음" if not cart else "담김")
print(bool(Switch(True)), bool(Switch(False)))
if Switch(False) or Switch(True):
    print("or picked a truthy switch")
