# Checks: typing names used in hints evaluate and print as CPython shows them; NamedTuple and TypedDict classes; hints on dataclass fields.
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict, ClassVar
from dataclasses import dataclass, field, fields

T = TypeVar("T")

def average(scores: List[float], weights: Optional[Dict[str, float]] = None) -> float:
    return sum(scores) / len(scores)

print(average([90, 80, 70]), average.__name__)
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None])
print(Tuple[int, ...], Callable[[int, str], bool], Any, T, Optional[List[int]])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

s = Stack()
s.push(1)
print(s.items, Stack[int])

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(3)
print(p, p.x + p.y, p._replace(y=5), p._asdict(), isinstance(p, tuple))

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="기생충", year=2019)
print(m, type(m).__name__)

@dataclass
class Inventory:
    items: Dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
    count: ClassVar[int] = 0

inv = Inventory()
inv.items["사과"] = 3
print(inv, [f.name for f in fields(Inventory)], [f.type for f in fields(Inventory)])
Point()
