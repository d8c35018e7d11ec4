# Checks: __iter__ returning an iterator object with __next__, StopIteration, and reusable iterables.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, current):
        self.current = current

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c))
print(list(c))
it = iter(c)
print(next(it), next(it), next(it))
print(next(it, "끝"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(sum(Countdown(100)))
for a, b in zip(Countdown(3), "abc"):
    print(a, b)
