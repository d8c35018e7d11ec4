# Checks: an uncaught NameError from a typo, where CPython 3.11 adds a "Did you mean" hint.
message = "안녕하세요"
count = 3

for i in range(count):
    print(i, mesage)
