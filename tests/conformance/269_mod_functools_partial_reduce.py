# Checks: functools.partial (args, keywords, .func/.args/.keywords, repr-free use) and reduce with and without an initializer.
from functools import partial, reduce
import operator

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.args, square.keywords, square.func is power)
print_csv = partial(print, sep=",")
print_csv("a", "b", "c")
int_from_bin = partial(int, base=2)
print(int_from_bin("1011"), list(map(int_from_bin, ["1", "10", "11"])))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(operator.add, [], 0))
print(reduce(lambda acc, w: acc + len(w), ["가나", "다라마"], 0), reduce(max, [3, 9, 2]))
steps = []
def trace(a, b):
    steps.append(f"{a}+{b}")
    return a + b
print(reduce(trace, [1, 2, 3], 100), steps)
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(7), operator.add(2, 3))
reduce(operator.add, [])
