# Checks: len() on every container kind and custom __len__, the TypeError for len(int), and type() as a constructor call.
print(len("hello"), len("안녕"), len([1, 2, 3]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)), len(b"abc"))
print(len(""), len([]), len([[1, 2, 3]]), len("\n\t"))
class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)

pl = Playlist(["a", "b"])
print(len(pl), bool(pl), bool(Playlist([])))
print(type(5)(3.7), type("x")(12), type([])("ab"), type(3.0)("2"))
values = [1, "a", 2.0, [], None]
print([type(v).__name__ for v in values])
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [])
except TypeError as e:
    print("TypeError:", e)
len(None)
