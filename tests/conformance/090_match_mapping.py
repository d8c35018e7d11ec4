# Checks: match mapping patterns, extra keys ignored, **rest capture, and value patterns via dotted names.
class Kind:
    USER = "user"
    ADMIN = "admin"


def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"클릭 at ({x}, {y})"
        case {"type": "key", "key": str(k)}:
            return f"키 입력 {k!r}"
        case {"role": Kind.ADMIN, **rest}:
            return f"관리자, 나머지 {rest}"
        case {"role": Kind.USER}:
            return "일반 사용자"
        case {}:
            return "빈 또는 알 수 없는 dict"
        case _:
            return "dict 아님"


events = [
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "q"},
    {"type": "key", "key": 5},
    {"role": "admin", "name": "kim", "level": 3},
    {"role": "user"},
    {},
    ["type", "click"],
]
for e in events:
    print(handle(e))
