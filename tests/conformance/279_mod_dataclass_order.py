# Checks: @dataclass(order=True) compares fields as tuples, sorting dataclasses, field(compare=False), and __post_init__.
from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"v{self.major}.{self.minor}.{self.patch}"

versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9, 9), Version(1, 2, 0, "rc")]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(Version(1, 2) == Version(1, 2, 0, "rc"), Version(2) > Version(1, 99), max(versions))

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h

print(Rect(2, 3.5))
@dataclass
class Plain:
    x: int
print(Plain(1) < Plain(2))
