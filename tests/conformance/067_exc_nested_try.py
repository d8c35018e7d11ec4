# Checks: nested try blocks, exceptions propagating outward past non-matching handlers, and finally order.
def level(n):
    print("enter", n)
    try:
        if n == 3:
            raise KeyError("깊은 곳")
        level(n + 1)
    except IndexError:
        print("level", n, "IndexError handler (not used)")
    finally:
        print("leave", n)


try:
    level(1)
except KeyError as e:
    print("top caught", e)

try:
    try:
        [][1]
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except IndexError:
    print("outer caught IndexError")
