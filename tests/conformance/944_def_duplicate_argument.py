# A parameter name given twice is a SyntaxError at compile time (fuzz
# finding: the call indexed past the frame's locals), marked on the second.
class Product:
    def __init__(self, name, price):
        self.name = name

    def with_price(price, name, price):
        return price

print(Product("a", 1).name)
