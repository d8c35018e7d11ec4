# Checks: sys.stdout.write/sys.stderr.write return values and interleaving, getrecursionlimit, sys.argv type, sys.exit with a message.
import sys

n = sys.stdout.write("직접 쓰기\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
sys.stderr.write("stderr line\n")
print(sys.getrecursionlimit())
print(type(sys.argv), len(sys.argv) >= 1, type(sys.argv[0]))
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info >= (3, 8))
print(sys.stdout is not sys.stderr, hasattr(sys.stdout, "write"))
for word in ["a", "b", "c"]:
    sys.stdout.write(word)
sys.stdout.write("\n")
print("to stderr via print", file=sys.stderr)
sys.stdout.write(42)
