# Checks: input() with a prompt (written to stdout without newline), int conversion, and EOFError at the end.
name = input("이름을 입력하세요: ")
age = int(input("나이를 입력하세요: "))
print(f"{name}님은 내년에 {age + 1}살입니다.")
total = 0
for i in range(3):
    total += int(input(f"숫자 {i + 1}: "))
print("합계:", total)
input("마지막 입력: ")
