# len()과 abs()를 반복문 안에서 부를 때 (빠른 경로) 모든 종류의 값에서
# CPython과 같은 결과와 오류가 나오는지 확인한다.
# (`len(x)` and `abs(x)` are run by the inner loop itself for the common
# kinds of value; every other kind must behave as in CPython.)


class Box:
    def __len__(self):
        return 7

    def __abs__(self):
        return "absolute"


class Bad:
    def __len__(self):
        return -1


def lengths():
    values = ["", "abc", "한국어 문장", (), (1, 2), [], [1, [2, 3]], {}, {"a": 1},
              {1, 2, 3}, frozenset(), range(10), range(0, 10, 3), b"bytes", Box()]
    for v in values:
        print(type(v).__name__, len(v))
    for v in [5, None, 3.5, Bad(), iter([])]:
        try:
            print(len(v))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


def absolutes():
    values = [0, 7, -7, -9223372036854775807, -9223372036854775808, -2**70,
              True, False, 0.0, -0.0, -2.5, float("inf"), float("-inf"), Box()]
    for v in values:
        r = abs(v)
        print(type(v).__name__ if isinstance(v, Box) else repr(v), repr(r), type(r).__name__)
    print(abs(float("nan")))
    for v in ["x", None, [1]]:
        try:
            abs(v)
        except TypeError as e:
            print("TypeError:", e)


def in_a_loop():
    # The same call sites meet several kinds of value.
    total = 0
    for v in [[1, 2], "ab", (1,), {"k": 0}, Box(), -3, 2.5]:
        if isinstance(v, (int, float)):
            total += abs(v)
        else:
            total += len(v)
    print(total)
    try:
        len()
    except TypeError as e:
        print("TypeError:", e)
    try:
        abs(1, 2)
    except TypeError as e:
        print("TypeError:", e)


lengths()
absolutes()
in_a_loop()
