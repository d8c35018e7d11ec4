# Checks: the global statement for module-level counters, and reading globals without it.
counter = 0
LIMIT = 3


def increment():
    global counter
    counter += 1
    return counter


def over_limit():
    return counter > LIMIT  # 읽기만 할 때는 global 불필요


for _ in range(5):
    increment()
    print("counter:", counter, "over?", over_limit())


def make_global():
    global created
    created = "함수 안에서 만든 전역 변수"

make_global()
print(created)


def shadow():
    counter = 100
    return counter

print(shadow(), counter)
