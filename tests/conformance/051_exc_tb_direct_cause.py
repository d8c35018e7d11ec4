# Checks: an uncaught exception raised with `from` prints "The above exception was the direct cause...".
class DataError(Exception):
    pass


def load(line):
    try:
        name, age = line.split(",")
        return name, int(age)
    except ValueError as e:
        raise DataError(f"줄을 해석할 수 없음: {line!r}") from e


print(load("kim,30"))
print(load("lee,thirty"))
