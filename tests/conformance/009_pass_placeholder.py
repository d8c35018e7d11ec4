# Checks: pass in function bodies, class bodies, loops, and except blocks.
def todo():
    pass


class Empty:
    pass


for _ in range(3):
    pass

try:
    int("x")
except ValueError:
    pass

if True:
    pass
else:
    pass

print(todo())
e = Empty()
e.name = "빈 클래스"
print(e.name)
print(type(e).__name__)
print("done")
