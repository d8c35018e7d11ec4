# Checks: the `as` name is unbound after the except block ends, and the exception object's attributes.
try:
    {}["missing"]
except KeyError as err:
    print(type(err).__name__, err.args, repr(err))
    saved = err

try:
    print(err)
except NameError as e2:
    print("NameError:", e2)

print("saved:", repr(saved))

err = "이전 값"
try:
    raise ValueError("x")
except ValueError as err:
    pass
print("err" in globals())
