# Checks: except with a tuple of classes, ordering of handlers, and catching Exception vs BaseException.
def convert(value):
    try:
        return int(value)
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


for v in ["10", "x", None, 3.9, [1]]:
    print(repr(v), "->", convert(v))

errors = (KeyError, IndexError)
try:
    [1][2]
except errors as e:
    print("caught via tuple variable:", type(e).__name__)

try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught:", type(e).__name__)

try:
    raise SystemExit(3)
except Exception:
    print("not here either")
except SystemExit as e:
    print("SystemExit code:", e.code)
