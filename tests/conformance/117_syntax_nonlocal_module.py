# Checks: nonlocal at module level is a SyntaxError, even when it appears after valid code.
print("시작")
nonlocal count
count = 1
print(count)
