# __del__ runs the moment the last reference goes, as CPython's reference
# counting does: a temporary whose attribute is read dies right after the
# read, before the value is used; items taken out of temporary containers
# likewise.


class Box:
    def __init__(self, n):
        self.x = n
        self.items = [n, n + 1]

    def __del__(self):
        print("del Box", self.x)

    def get(self):
        return self.x


def make(n):
    return Box(n)


print(make(1).x)
print("value", make(2).x * 10)
print(make(3).items[0])
print(make(4).get())
total = make(5).x + make(6).x
print("total", total)
for n in range(7, 9):
    print("loop", make(n).x)
boxes = {"a": make(9)}
print(boxes.pop("a").x)
print(len([make(10)]))
print("end")
