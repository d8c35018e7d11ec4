# Checks: if __enter__ raises, the body and __exit__ do not run; exceptions in __exit__ replace the body's exception.
class FailingEnter:
    def __enter__(self):
        print("enter: 연결 시도")
        raise ConnectionError("연결 거부")

    def __exit__(self, *exc):
        print("exit (never)")


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        raise RuntimeError("exit 실패")


try:
    with FailingEnter():
        print("body (never)")
except ConnectionError as e:
    print("caught:", e)

try:
    with FailingExit():
        raise ValueError("본문 오류")
except RuntimeError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
