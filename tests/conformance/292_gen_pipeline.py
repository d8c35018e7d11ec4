# Checks: chained generator pipelines processing log lines lazily, with the interleaving of stages visible in the output.
LOG = """INFO 서버 시작
ERROR 디스크 부족
INFO 요청 처리
WARN 느린 응답
ERROR 연결 끊김"""

def read_lines(text):
    for line in text.splitlines():
        print(f"[read] {line}")
        yield line

def only(level, lines):
    for line in lines:
        if line.startswith(level):
            yield line

def strip_level(lines):
    for line in lines:
        yield line.split(" ", 1)[1]

pipeline = strip_level(only("ERROR", read_lines(LOG)))
print("파이프라인 준비 완료")
for message in pipeline:
    print("=>", message)

def numbered(items, start=1):
    n = start
    for item in items:
        yield n, item
        n += 1

print(list(numbered(x.upper() for x in "abc")))
