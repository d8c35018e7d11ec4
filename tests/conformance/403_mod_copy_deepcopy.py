# Checks: copy.copy vs copy.deepcopy on nested lists/dicts, shared references and cycles preserved, instances and dataclasses copied.
import copy
from dataclasses import dataclass, field

board = [[0] * 3 for _ in range(3)]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[0][0] = "X"
print(shallow[0], deep[0], shallow is board, shallow[0] is board[0])
config = {"name": "앱", "tags": ["a", "b"], "limits": {"cpu": 2}}
c2 = copy.deepcopy(config)
c2["tags"].append("c")
c2["limits"]["cpu"] = 4
print(config, c2)
shared = [1, 2]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)
loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy, loop_copy[1] is loop_copy)
t = (1, [2, 3])
t2 = copy.deepcopy(t)
t2[1].append(4)
print(t, t2, copy.copy(t) is t, copy.deepcopy((1, 2)) == (1, 2))

class Player:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __repr__(self):
        return f"Player({self.name!r}, {self.items})"

p1 = Player("용사", ["검"])
p2 = copy.copy(p1)
p3 = copy.deepcopy(p1)
p1.items.append("방패")
p2.name = "마법사"
print(p1, p2, p3)

@dataclass
class Team:
    members: list = field(default_factory=list)

a = Team(["kim"])
b = copy.deepcopy(a)
b.members.append("lee")
print(a, b, a == Team(["kim"]))
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy("문자열"))
