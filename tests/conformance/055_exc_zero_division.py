# Checks: the different ZeroDivisionError messages for /, //, %, divmod and float operations.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("5.5 % 0", lambda: 5.5 % 0),
    ("0 ** -1", lambda: 0 ** -1),
]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{text:14} -> {e}")


def average(scores):
    return sum(scores) / len(scores)

print(average([80, 90]))
print(average([]))
