# Checks: a coroutine object kept in a variable and never awaited warns at interpreter exit ("sys:1: RuntimeWarning ...").
async def hello_world():
    print("hello world")

coro = hello_world()
print(type(coro).__name__)
print("프로그램 종료")
