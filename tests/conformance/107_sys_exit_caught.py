# Checks: SystemExit can be caught; its code attribute for int, str and no argument; except Exception misses it.
import sys

for arg in [(), (0,), (2,), ("bye",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit caught, code =", repr(e.code), "args =", e.args)

try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, isinstance(e, Exception))

try:
    raise SystemExit("직접 raise")
except SystemExit as e:
    print(e)
print("계속 실행")
