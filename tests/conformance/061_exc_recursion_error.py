# Checks: unbounded recursion raises RecursionError (a RuntimeError) that can be caught, and the program continues.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))


def countdown(n):
    if n == 0:
        return "발사"
    return countdown(n - 1)


print(countdown(500))


class Node:
    def __init__(self):
        self.me = self

    def __repr__(self):
        return f"Node({self.me!r})"


try:
    repr(Node())
except RecursionError as e:
    print("repr loop:", type(e).__name__)
print("still running")
