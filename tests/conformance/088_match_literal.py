# Checks: match with literal patterns (int, str, None, True), or-patterns, and the wildcard case.
def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
        case _:
            return "Unknown"


for c in [200, 302, 404, 418, 500]:
    print(c, http_status(c))


def command(cmd):
    match cmd:
        case "시작" | "start":
            return "게임을 시작합니다"
        case "종료":
            return "게임을 종료합니다"
        case None:
            return "명령 없음"
        case True:
            return "참"
    return "알 수 없는 명령: " + str(cmd)


for c in ["start", "종료", None, True, 1, "?"]:
    print(repr(c), "->", command(c))
