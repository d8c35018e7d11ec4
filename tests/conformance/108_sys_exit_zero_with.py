# Checks: sys.exit() inside a with block: __exit__ sees SystemExit, then the program exits with status 0.
import sys


class Session:
    def __enter__(self):
        print("세션 시작")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("세션 종료:", exc_type.__name__ if exc_type else None, exc.code if exc else "")
        return False


with Session():
    print("작업 중")
    sys.exit()
print("never printed")
