# Checks: print of ints and strings.
print("hello", 1 + 2)
print("안녕")
