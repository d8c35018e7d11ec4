# Checks: print() with sep=, end=, file=sys.stderr, flush=, no arguments, and non-str sep TypeError.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" ... continued")
print("x", "y", sep=", ", end="!\n")
print()
print(1, 2.5, None, True, [1], sep=" | ")
print("오류 메시지", file=sys.stderr)
print("경고:", 42, sep=" ", end="\n\n", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="\n")
print("end", end=None)
print("sep", "none", sep=None)
print("a", "b", sep=1)
