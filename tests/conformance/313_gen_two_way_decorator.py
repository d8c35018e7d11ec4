# Checks: the classic "coroutine" priming decorator for generators, a grep consumer fed with send(), and close() ending it.
from functools import wraps

def primed(func):
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start

@primed
def grep(pattern):
    print(f"'{pattern}' 찾는 중")
    try:
        while True:
            line = yield
            if pattern in line:
                print("  발견:", line)
    except GeneratorExit:
        print("grep 종료")

g = grep("python")
for line in ["I love python", "rust is fast", "python generators", "코루틴"]:
    g.send(line)
g.close()
print(grep.__name__)
g.send("after close")
