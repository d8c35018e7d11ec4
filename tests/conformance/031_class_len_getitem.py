# Checks: __len__ and __getitem__ (including slices and the old iteration protocol via IndexError).
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]

    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"


p = Playlist("봄날", "Dynamite", "Butter", "Spring Day")
print(len(p), p[0], p[-1])
print(p[1:3])
for song in p:
    print("재생:", song)
print(list(p), "Butter" in p)
print(bool(Playlist()), bool(p))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
