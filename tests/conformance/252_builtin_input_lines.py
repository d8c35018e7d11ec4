# Checks: input() reads stdin line by line, writes its prompt to stdout, and strips only the newline.
def io_bound_func():
    print('값을 입력해주세요')
    input_value = input()
    return int(input_value) + 100

print(io_bound_func())
name = input("이름: ")
print(f"[{name}]")
count = int(input("How many? "))
total = 0
for i in range(count):
    total += float(input())
print("합계:", total)
words = input().split()
print(words, len(words))
print(repr(input()))
