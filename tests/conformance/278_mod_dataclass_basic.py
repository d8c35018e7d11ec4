# Checks: @dataclass generates __init__, __repr__ and __eq__; defaults, field(default_factory=list), and repr=False fields.
from dataclasses import dataclass, field, asdict, astuple, fields

@dataclass
class Item:
    name: str
    price: int
    qty: int = 1

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)

    def total(self):
        return sum(i.price * i.qty for i in self.items)

a = Item("커피", 4500)
b = Item("커피", 4500, 1)
print(a, a == b, a == Item("차", 3000), a != b)
c1 = Cart("민수")
c2 = Cart("지영")
c1.items.append(a)
c1.items.append(Item("케이크", 6000, 2))
print(c1)
print(c2, c1.items is not c2.items, c1.total())
print(asdict(a), astuple(a), [f.name for f in fields(Item)])
print(Item(price=100, name="물"))
Item("빵")
