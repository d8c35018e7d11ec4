# Checks: CPython 3.11's limit of 4300 digits for int <-> str conversion (str(), print, int()),
# with the exact messages; ints just under the limit still convert.
big = 10 ** 4299
print(len(str(big)), len(repr(-big)))
huge = 10 ** 4300
try:
    print(huge)
except ValueError as e:
    print("ValueError:", e)
try:
    text = f"{huge * huge}"
except ValueError as e:
    print("f-string:", e)
try:
    int("7" * 5000)
except ValueError as e:
    print("int():", e)
try:
    int("-" + "1_2" * 2000)
except ValueError as e:
    print("int() with underscores:", e)
print(int("9" * 4300) % 1000)
print(len(str(huge // 10)))
