# Checks: __eq__ and __hash__ for use in sets and dicts, and that defining __eq__ alone makes a class unhashable.
class Card:
    def __init__(self, suit, rank):
        self.suit, self.rank = suit, rank

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.suit, self.rank) == (other.suit, other.rank)

    def __hash__(self):
        return hash((self.suit, self.rank))

    def __repr__(self):
        return f"{self.suit}{self.rank}"


a, b, c = Card("♠", 1), Card("♠", 1), Card("♥", 7)
print(a == b, a is b, a == c, a != c)
print(a == "♠1")
print(len({a, b, c}))
hand = {a: "첫 장"}
print(hand[b])


class Broken:
    def __eq__(self, other):
        return True

print(Broken() == 5)
print(Broken.__hash__)
try:
    {Broken()}
except TypeError as e:
    print("TypeError:", e)
