# 컨테이너의 repr: 항목의 __repr__가 목록을 바꾸거나 빈 문자열을 돌려줘도, 자기
# 자신을 담아도 CPython과 같게 보인다. (Container reprs are built item by item,
# as CPython builds them.)

class E:
    def __repr__(self):
        return ""
class Grow:
    def __init__(self, l):
        self.l = l
    def __repr__(self):
        if len(self.l) < 5:
            self.l.append(len(self.l))
        return "G"
l = [1]
l.append(Grow(l))
print(l)
print({1: E(), E(): 2}, [E(), E()], (E(),), (E(), 1), {E()}, frozenset([E()]), [], (), {}, set())
d = {}
d["self"] = d
x = [1]; x.append(x)
print(d, x, [[1, (2, {3: [4]})]])
print(repr([0] * 20)[:30], len(repr([0] * 10**6)))
