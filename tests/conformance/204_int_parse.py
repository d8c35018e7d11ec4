# Checks: int() from strings with bases, from floats (truncation), and the ValueError message.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("101", 2), int("z", 36))
print(int("  42  "), int("-17"), int("+8"), int("1_000_000"))
print(int(3.99), int(-3.99), int(1e20), int(True))
print(int("12", 10) + 1)
for text in ["12", "twelve", "3.5", ""]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
print(int("0b101", 0), int("0o17", 0))
int("ff")
