# Checks: import sys, sys.stdout.write/sys.stderr.write, print(file=sys.stderr), argv basics.
import sys

sys.stdout.write("stdout로 직접 쓰기\n")
n = sys.stdout.write("abc\n")
print("written:", n)
sys.stderr.write("경고: stderr에 쓰기\n")
print("error via print", file=sys.stderr)
print("a", "b", sep="-", end="!\n")
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.getrecursionlimit())
