# Checks: implicit exception chaining via __context__ when raising inside an except block.
def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        raise ValueError("계산 실패")


try:
    risky()
except ValueError as e:
    print("caught:", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    inner = e.__context__
    print(type(inner).__name__, inner.__context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            raise IndexError("c")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
