# Checks: __setitem__, __getitem__ and __delitem__ on a dict-like class, with KeyError messages.
class Registry:
    def __init__(self):
        self._data = {}

    def __setitem__(self, key, value):
        print(f"set {key!r}")
        self._data[key.lower()] = value

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __contains__(self, key):
        return key.lower() in self._data

    def __len__(self):
        return len(self._data)


r = Registry()
r["Seoul"] = "서울"
r["BUSAN"] = "부산"
print(r["seoul"], r["Busan"], len(r), "SEOUL" in r)
del r["seoul"]
print("seoul" in r, len(r))
try:
    r["Daegu"]
except KeyError as e:
    print("KeyError:", e)
r["busan"] += "광역시"
print(r["BUSAN"])
