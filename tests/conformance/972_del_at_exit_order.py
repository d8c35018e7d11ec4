# Objects still alive when the script ends are finalised the way CPython 3.11's
# final collection does it: oldest first, with every global still bound, so a
# __del__ may read its class's counters; temporaries die at once, as always.

registry = []


class Resource:
    open_count = 0

    def __init__(self, name):
        self.name = name
        Resource.open_count += 1

    def __del__(self):
        Resource.open_count -= 1
        print("closing", self.name, "left:", Resource.open_count)


def helper():
    return Resource("temp")


a = Resource("a")
b = Resource("b")
registry.append(Resource("in list"))
helper()
c = Resource("c")
print("end of script", Resource.open_count)


pair = (Resource("in tuple"), {"key": Resource("in dict")})
