# Checks: ints that would need terabytes (shifts, powers) are MemoryError, tiny bases stay exact,
# a right shift past the width is 0 or -1, and int() of a huge float is the exact integer.
def attempt(label, make):
    try:
        result = make()
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{label}: {type(e).__name__} {e}")
    else:
        text = str(result)
        print(f"{label}: {text if len(text) < 60 else text[:25] + '...' + text[-25:]} ({len(text)} chars)")

attempt("1 << 2**40", lambda: 1 << 2**40)
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("1 << 10**18", lambda: 1 << 10**18)
attempt("1 << 2**70", lambda: 1 << 2**70)
attempt("0 << 2**70", lambda: 0 << 2**70)
attempt("-(1 << 2**40)", lambda: -(1 << 2**40))
attempt("1 ** 2**70", lambda: 1 ** 2**70)
attempt("(-1) ** (2**70 + 1)", lambda: (-1) ** (2**70 + 1))
attempt("0 ** 2**70", lambda: 0 ** 2**70)
attempt("5 >> 2**70", lambda: 5 >> 2**70)
attempt("-5 >> 2**70", lambda: -5 >> 2**70)
attempt("big >> just under", lambda: ((1 << 2**21) >> (2**21 - 3)))
attempt("int(-1e300)", lambda: int(-1e300))
attempt("int(1e308)", lambda: int(1e308))
attempt("int(-2.5e19)", lambda: int(-2.5e19))
attempt("int(-9.3e18)", lambda: int(-9.3e18))
attempt("2 ** 100", lambda: 2 ** 100)
