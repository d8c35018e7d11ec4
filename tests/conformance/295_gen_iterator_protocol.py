# Checks: a class iterator (__iter__/__next__) next to the equivalent generator; iter() on a generator returns itself.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

def countdown(start):
    while start > 0:
        yield start
        start -= 1

print(list(Countdown(3)), list(countdown(3)))
g = countdown(2)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))

class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __iter__(self):
        for card in self.cards:
            yield card + "♠"

d = Deck()
print(list(d), list(d), "K♠" in d)
it = iter(Countdown(1))
print(next(it), next(it, "done"))

class Broken:
    def __iter__(self):
        return 5

for x in Broken():
    pass
