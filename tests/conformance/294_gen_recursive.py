# Checks: recursive generators with yield from — flattening nested lists, walking a tree, and generating permutations.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

tree = {"name": "root", "children": [
    {"name": "src", "children": [{"name": "main.py", "children": []}, {"name": "util.py", "children": []}]},
    {"name": "README.md", "children": []},
]}

def walk(node, depth=0):
    yield "  " * depth + node["name"]
    for child in node["children"]:
        yield from walk(child, depth + 1)

for line in walk(tree):
    print(line)

def perms(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i in range(len(seq)):
        for rest in perms(seq[:i] + seq[i + 1:]):
            yield seq[i:i + 1] + rest

print(list(perms("abc")), sum(1 for _ in perms("abcde")))
