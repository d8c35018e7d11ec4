# Checks: catching exceptions by their base classes in CPython's hierarchy.
def trigger(kind):
    if kind == "key":
        {}["k"]
    elif kind == "index":
        [][0]
    elif kind == "zero":
        1 // 0
    elif kind == "overflow":
        2.0 ** 10000
    elif kind == "value":
        int("x")
    elif kind == "unicode":
        "한".encode("ascii")
    elif kind == "notimpl":
        raise NotImplementedError
    elif kind == "fnf":
        raise FileNotFoundError("no file")


for kind in ["key", "index", "zero", "overflow", "value", "unicode", "notimpl", "fnf"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "-> LookupError", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError", type(e).__name__)
    except ValueError as e:
        print(kind, "-> ValueError", type(e).__name__)
    except RuntimeError as e:
        print(kind, "-> RuntimeError", type(e).__name__)
    except OSError as e:
        print(kind, "-> OSError", type(e).__name__)

for cls in [KeyError, ZeroDivisionError, UnicodeEncodeError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, RecursionError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
