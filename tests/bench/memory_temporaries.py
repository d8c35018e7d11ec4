# Bench: 10^7 iterations, each creating temporaries (a tuple, a list, and
# every fourth time an object). Peak RSS must stay flat: garbage must not
# pile up.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    total = 0
    for i in range(10_000_000):
        t = (i, i + 1)
        l = [t]
        total += len(l) + t[1]
        if i & 3 == 0:
            p = Point(i, t)
            total -= p.x
    print(total)


main()
