# Checks: reading lines with input() until EOFError, parsing them, and printing a report.
students = {}
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, *scores = line.split()
    try:
        students[name] = [int(s) for s in scores]
    except ValueError as e:
        print(f"{name}: 잘못된 점수 ({e})")

print(f"{'이름':<6}{'평균':>8}{'최고':>6}")
for name, scores in sorted(students.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    avg = sum(scores) / len(scores)
    print(f"{name:<6}{avg:>8.2f}{max(scores):>6}")
print("학생 수:", len(students))
