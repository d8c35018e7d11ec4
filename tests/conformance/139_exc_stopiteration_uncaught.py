# Checks: an uncaught StopIteration from next() on an exhausted iterator prints a bare "StopIteration".
menu = iter(["김밥", "라면"])
print(next(menu))
print(next(menu))
print(next(menu, "품절"))
print(next(menu))
