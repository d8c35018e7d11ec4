# Checks: padding to a huge width — str.center/ljust/rjust/zfill/expandtabs, format specs,
# f-strings and %-formatting — raises MemoryError/OverflowError/ValueError like CPython.
def attempt(label, make):
    try:
        result = make()
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{label}: {type(e).__name__} {e}")
    else:
        print(f"{label}: {result!r}")

big = 10**18
attempt("center", lambda: "a".center(big))
attempt("center C ssize_t", lambda: "a".center(2**63))
attempt("ljust", lambda: "x".ljust(big))
attempt("rjust fill", lambda: "x".rjust(big, "-"))
attempt("zfill", lambda: "x".zfill(big))
attempt("zfill negative", lambda: "-7".zfill(-3))
attempt("expandtabs", lambda: "\t".expandtabs(big))
attempt("expandtabs C int", lambda: "a\tb".expandtabs(2**63))
attempt("format width", lambda: "{:>1000000000000000000}".format(1))
attempt("format digits", lambda: "{:>10000000000000000000}".format(1))
attempt("format()", lambda: format(1, "1000000000000000000"))
attempt("f-string width", lambda: f"{1:{big}}")
attempt("float precision", lambda: "{:.1000000000000000000f}".format(1.5))
attempt("percent width", lambda: "%1000000000000000000d" % 1)
attempt("percent width too big", lambda: "%10000000000000000000d" % 1)
attempt("percent precision too big", lambda: "%.1000000000000000000f" % 1.0)
attempt("percent star width", lambda: "%*d" % (big, 1))
attempt("percent star C ssize_t", lambda: "%*d" % (2**63, 1))
attempt("join", lambda: "-".join(["ab"] * 3))
attempt("normal", lambda: "{:^9}|{:>5}|{}".format("mid", 42, "x".zfill(4)))
