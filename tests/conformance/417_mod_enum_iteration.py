# Checks: iterating an Enum class (aliases skipped), len(), membership, the class repr, and using members as dict keys and in sorted().
from enum import Enum, IntEnum, auto

class Season(Enum):
    SPRING = "봄"
    SUMMER = "여름"
    FALL = "가을"
    WINTER = "겨울"
    AUTUMN = "가을"

for s in Season:
    print(s.name, s.value)
print(len(Season), Season.AUTUMN in Season, Season.FALL is Season.AUTUMN, list(Season)[-1])
print(Season, repr(Season), [s.name for s in Season.__members__.values()])

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

tasks = [("청소", Priority.LOW), ("시험공부", Priority.HIGH), ("장보기", Priority.MEDIUM)]
for name, p in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{p.name:<6} {int(p)} {name}")
counts = {p: 0 for p in Priority}
counts[Priority.HIGH] += 2
print(counts, max(Priority), Priority(2), Priority["LOW"] < Priority.HIGH)
menu = "\n".join(f"{i}. {s.value}" for i, s in enumerate(Season, 1))
print(menu)
