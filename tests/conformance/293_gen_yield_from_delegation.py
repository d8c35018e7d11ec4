# Checks: yield from forwards send() and throw() to the subgenerator, and close() reaches the innermost generator's finally.
def sub():
    try:
        while True:
            try:
                x = yield
                print("sub got", x)
            except ValueError as e:
                print("sub handled", e)
    finally:
        print("sub finally")

def middle():
    try:
        yield from sub()
    finally:
        print("middle finally")

g = middle()
next(g)
g.send(1)
g.throw(ValueError("v"))
g.send(2)
g.close()

def limited():
    yield 1
    raise KeyError("from sub")

def wrapper():
    try:
        yield from limited()
    except KeyError as e:
        print("wrapper caught", e)
        yield "fallback"

print(list(wrapper()))
