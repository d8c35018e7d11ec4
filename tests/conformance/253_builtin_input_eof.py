# Checks: input() past the end of stdin raises EOFError; caught once, then uncaught gives the traceback.
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("입력 끝")
        break
    lines.append(line)
print(lines)
try:
    input("more? ")
except EOFError as e:
    print()
    print("EOFError:", repr(e))

def ask():
    return input("last: ")

print("answer:", ask())
