# Checks: common ValueError messages from int(), float(), list.index, str.index, list.remove, and unpacking.
attempts = [
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: int("ff", 10),
    lambda: float("삼점일사"),
    lambda: [1, 2].index(3),
    lambda: "hello".index("z"),
    lambda: [1, 2].remove(9),
    lambda: int("9" * 5, 2),
]
for attempt in attempts:
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)

while True:
    text = "42"
    try:
        number = int(text)
        break
    except ValueError:
        print("다시 입력하세요")
print("입력한 숫자:", number)
