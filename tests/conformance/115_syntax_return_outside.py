# Checks: `return` at module level is SyntaxError "'return' outside function".
print("start")
values = [1, 2, 3]
for v in values:
    if v == 2:
        return v
