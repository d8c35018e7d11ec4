# Checks: sys.exit with a string prints it to stderr (exit 1), SystemExit can be caught, and finally blocks still run.
import sys

try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)

def main():
    try:
        print("작업 중...")
        sys.exit("치명적 오류: 설정 파일이 없습니다")
    finally:
        print("정리 완료")

main()
print("never printed")
