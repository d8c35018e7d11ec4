# Checks: calling an async def returns a coroutine object; coro.send(None) runs it and StopIteration.value holds the return value.
async def f():
    return 123

print(type(f))
coro = f()
print(type(coro))
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)

async def greet(name):
    print(f"{name}님 안녕하세요")
    return len(name)

c = greet("홍길동")
print("아직 출력 없음")
try:
    c.send(None)
except StopIteration as e:
    print("반환값:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
