# Checks: ranges past 64 bits — a learner exploring "how big can a range be": iteration, reversed,
# slicing, index/count, hashing and equality, membership by ==, and where CPython needs a C ssize_t.
GOOGOL = 10 ** 100
huge = range(GOOGOL)
print(huge)
print(huge[0], huge[-1] == GOOGOL - 1, huge[GOOGOL // 2] == GOOGOL // 2)
print(bool(huge), bool(range(GOOGOL, 0)), huge.stop == GOOGOL)

# Walking the edge of 2**63 one step at a time.
edge = range(2 ** 63 - 2, 2 ** 63 + 2)
for n in edge:
    print(n, n > 2 ** 63 - 1)
print(list(reversed(edge)))
print(type(iter(edge)).__name__, type(iter(range(5))).__name__)
print(type(reversed(edge)).__name__, type(reversed(range(5))).__name__)

# The first few of a big range, without ever listing it.
evens = range(0, 10 ** 20, 2)
for i, n in zip(range(3), evens):
    print(i, n)
print(evens[::10 ** 18])
print(evens[-3:], evens[5:2:-1], evens[10 ** 30:], evens[-10 ** 30:2])
print(evens.index(10 ** 19), evens.count(10 ** 19 + 1), 10 ** 19 in evens)
print(evens == range(0, 10 ** 20 - 1, 2), evens == range(0, 10 ** 20, 4))
print(hash(evens) == hash(range(0, 10 ** 20 - 1, 2)), hash(range(0)) == hash(range(5, 2)))
print(range(-10 ** 20, 10 ** 20, 10 ** 19)[7:12])
print(range(0, 2 ** 63 - 1, 2 ** 62)[::5])

# Membership by == for things that are not ints.
print(3.0 in range(5), 2.5 in range(5), "3" in range(5), True in range(2))
print(range(5).index(3.0), range(5).count(1.0), range(5)[True])

def show(label, action):
    try:
        print(label, action())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

show("len:", lambda: len(huge))
show("len 2**63:", lambda: len(range(-2 ** 63, 2 ** 63 - 1)))
show("len ok:", lambda: len(range(2 ** 62)))
show("list:", lambda: list(huge))
show("tuple:", lambda: tuple(range(2 ** 64)))
show("index past end:", lambda: huge[GOOGOL])
show("index far below:", lambda: huge[-GOOGOL - 1])
show("float index:", lambda: huge[1.5])
show("str index:", lambda: range(3)["0"])
show("not in range:", lambda: evens.index(3))
show("not a member:", lambda: range(3).index(7.5))
show("zero step slice:", lambda: huge[::0])
show("float slice:", lambda: huge[0.5:])
show("float bound:", lambda: range(10 ** 20, 1.5))
def first_two(r):
    a, b = r
    return a, b

show("unpack:", lambda: first_two(range(10 ** 20)))
show("unpack small:", lambda: first_two(range(2)))
a, b = range(2 ** 64, 2 ** 64 + 2)
print(a, b)
