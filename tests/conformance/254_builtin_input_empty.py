# Checks: input() with no stdin at all raises EOFError immediately, after printing the prompt.
print("시작")
value = input("숫자를 입력하세요: ")
print("never printed", value)
