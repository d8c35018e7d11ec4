# 메서드에 인자를 잘못 넘겼을 때의 TypeError 문구와 메서드의 __qualname__이
# CPython과 같은지 확인한다. (Wrong argument counts to list, tuple and dict
# methods: each has CPython's own wording, which differs from method to
# method.)

calls = [
    ("{}.get()", lambda: {}.get()),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("{}.pop()", lambda: {}.pop()),
    ("{}.pop(1, 2, 3)", lambda: {}.pop(1, 2, 3)),
    ("{}.setdefault()", lambda: {}.setdefault()),
    ("{}.setdefault(1, 2, 3)", lambda: {}.setdefault(1, 2, 3)),
    ("[].pop(1, 2)", lambda: [].pop(1, 2)),
    ("[].pop('0')", lambda: [].pop("0")),
    ("[].append()", lambda: [].append()),
    ("[].extend()", lambda: [].extend()),
    ("[].remove()", lambda: [].remove()),
    ("[].index()", lambda: [].index()),
    ("[].index(1, 2, 3, 4)", lambda: [].index(1, 2, 3, 4)),
    ("[].count()", lambda: [].count()),
    ("().count()", lambda: ().count()),
    ("().index()", lambda: ().index()),
    ("[].insert(1)", lambda: [].insert(1)),
]
for text, call in calls:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(f"{text:24} {type(e).__name__}: {e}")

for m in [[].pop, {}.get, "".upper, [].append, list.append, dict.setdefault, len, print]:
    print(m.__name__, m.__qualname__)


class Row(tuple):
    pass


class Column(list):
    pass


for seq in [Row((1, 2)), Column([1])]:
    try:
        seq.count()
    except TypeError as e:
        print(type(seq).__name__, "TypeError:", e)
