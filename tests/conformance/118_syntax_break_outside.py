# Checks: `break` outside a loop is SyntaxError "'break' outside loop" inside a function.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", i)
    if target is None:
        break
    return -1
