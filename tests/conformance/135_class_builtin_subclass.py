# Checks: subclassing list and dict, overriding methods, dict __missing__, and super() calls into builtins.
class DefaultDict(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, len(groups), isinstance(groups, dict))


class History(list):
    def append(self, item):
        super().append(item)
        if len(self) > 3:
            del self[0]

    def last(self):
        return self[-1] if self else None


h = History()
for page in ["홈", "검색", "상품", "장바구니", "결제"]:
    h.append(page)
print(h, h.last(), len(h), type(h).__name__)
print(h + ["extra"], type(h + []).__name__)
