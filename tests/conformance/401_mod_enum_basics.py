# Checks: enum.Enum members (repr/str/name/value), lookup by value and name, aliases, auto(), IntEnum/StrEnum, unique, and the ValueError for a bad value.
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def label(self):
        return self.name.lower()

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.RED.label())
print(list(Color.__members__), [m.value for m in Color.__members__.values()])
print(Color.RED == Color.RED, Color.RED == 1, isinstance(Color.RED, Color), f"색: {Color.GREEN}")
seen = {Color.RED: "빨강", Color.GREEN: "초록"}
print(seen[Color(1)])

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()

print(Weekday.TUE, repr(Weekday.WED), Weekday.MON + 10, Weekday(3), Weekday.TUE > Weekday.MON, sorted([Weekday.WED, Weekday.MON]))

class Level(StrEnum):
    LOW = auto()
    HIGH = "높음"

print(Level.LOW, repr(Level.HIGH), Level.LOW == "low", Level("높음"))

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.value)

def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"

print(describe(Color.GREEN), describe(Color.BLUE))
try:
    @unique
    class Status(Enum):
        OK = 200
        FINE = 200
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
