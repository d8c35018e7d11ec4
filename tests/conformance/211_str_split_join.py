# Checks: str.split (sep, maxsplit, whitespace), rsplit, join, splitlines and partition/rpartition.
line = "  apple,banana,,cherry  "
print(line.split(","))
print(line.strip().split(","))
print("a b   c\td\n".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 1))
print("-".join(["2024", "01", "15"]), "".join(reversed("hello")))
print(", ".join(str(n) for n in range(5)))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(True))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("no-sep".partition(":"), "".split(), "".split(","))
csv = "이름,나이,도시\n철수,20,서울\n영희,22,부산"
for row in csv.splitlines():
    print(row.split(","))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print(" ".join([1, 2]))
