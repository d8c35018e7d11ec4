# Checks: slice objects — repr, attributes, indices(), reuse across sequences, and named slices.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
record = "20240115홍길동   서울"
DATE = slice(0, 8)
NAME = slice(8, 11)
CITY = slice(14, None)
print(record[DATE], record[NAME], record[CITY])
print(slice(1, 2) == slice(1, 2), data[slice(-2, None)])
class Spy:
    def __getitem__(self, key):
        return key
spy = Spy()
print(spy[1:2], spy[::3], spy[1:2, 3], spy[...], spy[5])
