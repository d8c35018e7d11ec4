# Checks: generator.throw() — handled inside (generator keeps going), unhandled (propagates to caller), and into a finished generator.
def worker():
    while True:
        try:
            job = yield
            print("처리:", job)
        except ValueError as e:
            print("잘못된 작업 무시:", e)

w = worker()
next(w)
w.send("job-1")
w.throw(ValueError("bad job"))
w.send("job-2")

def with_result():
    try:
        yield 1
    except KeyError:
        yield "recovered"
    yield 2

g = with_result()
print(next(g), g.throw(KeyError("k")), next(g))
print(next(g, "done"))
try:
    g.throw(RuntimeError("late"))
except RuntimeError as e:
    print("finished generator re-raises:", e)

def fragile():
    yield "ok"
    yield "never"

f = fragile()
next(f)
f.throw(TypeError("잘못된 타입"))
