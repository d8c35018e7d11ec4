# Checks: an uncaught TypeError from calling a class with a missing constructor argument (qualified name in message).
class Product:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def label(self):
        return f"{self.name}: {self.price:,}원"


items = [Product("노트북", 1200000), Product("마우스", 25000)]
for item in items:
    print(item.label())
items.append(Product("키보드"))
