# Checks: nonlocal naming a variable with no enclosing binding is a SyntaxError.
def outer():
    def inner():
        nonlocal count
        count += 1
    return inner


print(outer())
