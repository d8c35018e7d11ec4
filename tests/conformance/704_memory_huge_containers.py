# Checks: list/tuple/bytes of a huge range or size are MemoryError at once (CPython refuses
# before iterating), bytes() of a negative or index-overflowing size, and str.replace growth.
def attempt(label, make):
    try:
        result = make()
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{label}: {type(e).__name__} {e}")
    else:
        print(f"{label}: length {len(result)}")

attempt("list(range(10**18))", lambda: list(range(10**18)))
attempt("tuple(range(10**18))", lambda: tuple(range(10**18)))
attempt("bytes(10**18)", lambda: bytes(10**18))
attempt("bytes(2**63)", lambda: bytes(2**63))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytes(5)", lambda: bytes(5))
attempt("list(range(5))", lambda: list(range(5)))
attempt("sorted(range(10**18))", lambda: sorted(range(10**18)))
