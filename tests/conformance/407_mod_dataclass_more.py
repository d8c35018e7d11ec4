# Checks: dataclass inheritance field order, kw_only, field(repr=False/compare=False), unsafe_hash, asdict on nested dataclasses, replace, __post_init__ validation, and an uncaught FrozenInstanceError.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError

@dataclass
class Animal:
    name: str
    sound: str = "..."

@dataclass
class Dog(Animal):
    breed: str = "믹스"
    tricks: list = field(default_factory=list, repr=False)

d = Dog("바둑이", "멍멍")
d.tricks.append("앉아")
print(d, [f.name for f in fields(Dog)], d.tricks)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

print(Options(level=3))

@dataclass(unsafe_hash=True)
class Tag:
    label: str
    weight: int = field(default=1, compare=False)

print(hash(Tag("x", 1)) == hash(Tag("x", 5)), Tag("x", 1) == Tag("x", 9), len({Tag("a"), Tag("a", 2)}))

@dataclass
class Line:
    start: tuple
    end: tuple

@dataclass
class Drawing:
    title: str
    lines: list

drawing = Drawing("그림", [Line((0, 0), (1, 1)), Line((1, 1), (2, 0))])
print(asdict(drawing))
print(astuple(drawing.lines[0]), is_dataclass(drawing), is_dataclass(Drawing), is_dataclass(3))

@dataclass
class Account:
    owner: str
    balance: int = 0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("잔액은 음수일 수 없습니다")

acct = Account("kim", 100)
print(replace(acct, balance=50), acct)
try:
    Account("lee", -5)
except ValueError as e:
    print("ValueError:", e)
try:
    Account("park", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(acct, bonus=1)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0

v = Version(1)
print(v, v == Version(1, 0), {v: "first"}[Version(1)])
v.minor = 2
