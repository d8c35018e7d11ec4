# Checks: an exception raised in finally replaces the one in flight, which becomes its __context__.
def cleanup_fails():
    try:
        raise ValueError("원래 오류")
    finally:
        raise RuntimeError("정리 중 오류")


try:
    cleanup_fails()
except Exception as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))


def handler_fails():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise TypeError("handler bug") from e
    finally:
        print("finally still runs")


try:
    handler_fails()
except TypeError as e:
    print(repr(e), "caused by", repr(e.__cause__))
cleanup_fails()
