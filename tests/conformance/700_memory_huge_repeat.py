# Checks: repeating a sequence by a huge count is MemoryError (or CPython's OverflowError when the
# length cannot even be represented), raised before anything is allocated, and the run goes on.
def attempt(label, make):
    try:
        result = make()
    except (MemoryError, OverflowError) as e:
        print(f"{label}: {type(e).__name__} {e}")
    else:
        print(f"{label}: ok, length {len(result)}")

big = 10**18
attempt("str", lambda: "x" * big)
attempt("bytes", lambda: b"z" * big)
attempt("tuple", lambda: (1,) * big)
attempt("list", lambda: [0] * big)
attempt("list of two", lambda: [1, 2] * 2**62)
attempt("tuple of two", lambda: (1, 2) * 2**62)
attempt("str too long", lambda: "ab" * 2**62)
attempt("bytes too long", lambda: b"ab" * 2**62)
attempt("index-sized", lambda: "abc" * 2**63)
attempt("index-sized list", lambda: [0] * 2**63)
attempt("negative huge", lambda: "ab" * -(2**70))
attempt("count first", lambda: big * "x")
attempt("small is fine", lambda: "ab" * 3)

grid = [[0] * 3] * 2
try:
    grid *= big
except MemoryError:
    print("grid *= big: MemoryError, grid still", grid)
print("still running")
