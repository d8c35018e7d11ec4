# Checks: sys.exit("message") prints the message to stderr and exits with status 1; finally blocks still run.
import sys


def main():
    config = {}
    try:
        if "token" not in config:
            sys.exit("오류: 설정에 token이 없습니다")
    finally:
        print("정리 작업 완료")


print("시작")
main()
print("not reached")
