# Checks: sys.exit(n) with an integer stops the program with that status and prints nothing to stderr.
import sys

print("작업 시작")
errors = ["파일 없음", "권한 없음"]
if errors:
    print("오류", len(errors), "개 발견")
    sys.exit(3)
print("이 줄은 실행되지 않음")
