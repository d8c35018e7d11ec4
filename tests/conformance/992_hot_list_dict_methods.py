# 반복문에서 가장 자주 부르는 xs.append(x), xs.pop(), d.get(k, 기본값)이
# 빠른 경로로 실행될 때도 결과, 오류, __del__ 순서가 CPython과 같은지 확인한다.
# (The inner loop runs these three methods itself; every case it turns away
# must still behave as CPython does.)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Key:
    """A key whose equality runs Python code."""

    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        print("eq", self.k)
        return isinstance(other, Key) and self.k == other.k


def stack_machine():
    stack = []
    for i in range(10):
        stack.append(i * i)
        if i % 3 == 0:
            print("pop", stack.pop())
    print(stack)
    print(stack.pop(0), stack.pop(-2), stack.pop(2), stack)
    # bool is an int index too, through the general path.
    print(stack.pop(True), stack)
    try:
        stack.pop(10)
    except IndexError as e:
        print("IndexError:", e)
    while stack:
        stack.pop()
    try:
        stack.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        stack.append()
    except TypeError as e:
        print("TypeError:", e)
    try:
        stack.append(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        stack.pop("0")
    except TypeError as e:
        print("TypeError:", e)
    stack.append(stack)
    print(stack)


def lookups():
    d = {"a": 1, 2: "two", (1, 2): "tuple"}
    for k in ["a", 2, "b", (1, 2), 2.0, True, 1]:
        print(repr(k), d.get(k), d.get(k, "missing"))
    print(d.get("b", None), d.get("a", Noisy("default")))
    try:
        d.get([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        d.get()
    except TypeError as e:
        print("TypeError:", e)
    try:
        d.get("a", 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    keyed = {Key(1): "one", "s": "str"}
    print(keyed.get(Key(1)), keyed.get("s"), keyed.get(1, "none"))


def temporaries():
    # The receiver is a temporary: its items go with it. (One `__del__`
    # per statement: several due at once run in another order here, see
    # docs/limitations.md.)
    [1, 2].append(Noisy("appended"))
    print("after append")
    print([Noisy("only")].pop().name)
    print("after pop")
    print({"k": Noisy("value")}.get("k").name)
    print("after get")


def unbound_and_aliases():
    xs = []
    push = xs.append
    for i in range(3):
        push(i)
    list.append(xs, 99)
    print(xs, list.pop(xs), dict.get({"x": 1}, "x"))
    print(xs.append.__name__, xs.pop.__qualname__, {}.get.__self__)


class Stack(list):
    def append(self, x):
        print("Stack.append", x)
        super().append(x)


def subclasses():
    s = Stack()
    s.append(1)
    s.append(2)
    print(s.pop(), s)

    class Defaults(dict):
        def get(self, k, default="sub"):
            return super().get(k, default)

    print(Defaults(a=1).get("a"), Defaults().get("z"))


stack_machine()
lookups()
temporaries()
unbound_and_aliases()
subclasses()
