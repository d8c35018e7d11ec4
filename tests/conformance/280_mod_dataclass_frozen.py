# Checks: @dataclass(frozen=True) — hashable, usable as dict key/set member, assignment raises FrozenInstanceError, replace().
from dataclasses import dataclass, replace, FrozenInstanceError

@dataclass(frozen=True)
class Coord:
    lat: float
    lng: float

seoul = Coord(37.5665, 126.978)
busan = Coord(35.1796, 129.0756)
names = {seoul: "서울", busan: "부산"}
print(names[Coord(37.5665, 126.978)], len({seoul, Coord(37.5665, 126.978)}))
moved = replace(seoul, lat=38.0)
print(moved, seoul)
try:
    seoul.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(issubclass(FrozenInstanceError, AttributeError))
try:
    del busan.lng
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(busan)
