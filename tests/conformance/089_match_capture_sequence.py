# Checks: match sequence patterns with captures, star patterns, fixed lengths, and nested sequences.
def describe(point):
    match point:
        case (0, 0):
            return "원점"
        case (0, y):
            return f"y축 위, y={y}"
        case (x, 0):
            return f"x축 위, x={x}"
        case [x, y]:
            return f"점 ({x}, {y})"
        case [x, y, z]:
            return f"3D 점 ({x}, {y}, {z})"
        case [first, *rest]:
            return f"첫 값 {first}, 나머지 {rest}"
        case []:
            return "빈 시퀀스"
        case _:
            return "시퀀스 아님"


for p in [(0, 0), (0, 5), (3, 0), [1, 2], (1, 2, 3), [1, 2, 3, 4], [], "ab", 42]:
    print(repr(p), "->", describe(p))

match ["go", ["north", 3]]:
    case ["go", [direction, steps]]:
        print("move", direction, steps)

match (1, 2, 3, 4, 5):
    case (a, *middle, b):
        print(a, middle, b)
