# Checks: json.dumps (indent, sort_keys, ensure_ascii, separators, default=, custom encoder) and json.loads (hooks, errors with line/column) on a small score book.
import json

book = {"반": "3-2", "학생": [{"이름": "민수", "점수": [90, 85.5], "전학": False},
                            {"이름": "Jane", "점수": [], "전학": True, "메모": None}]}
text = json.dumps(book)
print(text)
print(json.dumps(book, ensure_ascii=False, indent=2, sort_keys=True))
print(json.dumps([1, 2.0, 1e20, -0.5, float("inf")], separators=(",", ":")))
restored = json.loads(text)
print(restored == book, restored["학생"][0]["점수"], type(restored["학생"][1]["메모"]))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n"}'), json.loads("  42  "), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"x": 1.50, "y": 2}', parse_float=str), json.loads('[{"k": 1}]', object_hook=lambda d: tuple(d.items())))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

print(json.dumps({"path": [Point(0, 0), Point(3, 4)]}, default=encode))
for bad in ["", "[1, 2,]", "{'a': 1}", '{"a" 1}', '{"a": 1} x', "[1,\n 2\n 3]", '"tab\there"', "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} (line {e.lineno}, col {e.colno})")
for obj in [{1, 2}, {(1, 2): "tuple key"}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads('{"unclosed": [1, 2}')
except ValueError as e:
    print(type(e).__name__, e, type(e).__module__)
