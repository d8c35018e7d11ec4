# Checks: match guards (if ...), as-patterns, guard fallthrough to later cases, and capture bindings after match.
def classify(value):
    match value:
        case int(n) if n < 0:
            return "음수"
        case int(n) if n == 0:
            return "영"
        case int(n) if n % 2 == 0:
            return "양의 짝수"
        case int():
            return "양의 홀수"
        case [int() as a, int() as b] as pair if a < b:
            return f"오름차순 쌍 {pair}"
        case [_, _] as pair:
            return f"그냥 쌍 {pair}"
        case (str() | bytes()) as text:
            return f"텍스트 {text!r}"
    return "기타"


for v in [-3, 0, 8, 7, [1, 2], [2, 1], "hi", b"by", 1.5]:
    print(repr(v), "->", classify(v))

match {"name": "코로", "age": 3}:
    case {"name": name, "age": age} if age > 1:
        pass
print("bound after match:", name, age)

match 5:
    case 1:
        print("one")
print("no case matched, no error")
