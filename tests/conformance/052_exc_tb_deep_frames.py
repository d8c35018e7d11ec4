# Checks: an uncaught exception's traceback listing several nested function frames in order.
def parse(items):
    return [to_number(x) for x in items]


def to_number(text):
    return checked_int(text.strip())


def checked_int(text):
    value = int(text)
    return value


def main():
    print(parse(["1", " 2 ", "3"]))
    print(parse(["4", "오"]))


main()
