# Checks: a generator function runs lazily — body starts on first next(), pauses at each yield, raises StopIteration at the end.
def countdown(n):
    print("시작!")
    while n > 0:
        yield n
        print("재개", n)
        n -= 1
    print("끝")

gen = countdown(3)
print(type(gen).__name__, type(countdown).__name__)
print("아직 아무것도 실행되지 않음")
print(next(gen))
print(next(gen))
for value in gen:
    print("for:", value)
print(list(gen), next(gen, "exhausted"))

def three():
    yield 1
    yield 2
    return
    yield 3

print(list(three()), sum(three()), [x * 10 for x in three()])
g = three()
next(g), next(g)
next(g)
