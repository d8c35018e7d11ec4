# Checks: __lt__ and friends used by sorted/min/max and comparisons, and the TypeError without them.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version("1.10.0"), Version("1.2.3"), Version("0.9"), Version("1.2.10")]
print(sorted(versions))
print(min(versions), max(versions))
print(Version("2.0") > Version("1.9"))
print(Version("1.0") >= Version("1.0"))
print(sorted(versions, reverse=True))


class Plain:
    pass

try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
