# __init__ 안에 실수로 yield를 넣거나 async def로 만들면 인스턴스를 만들 때
# TypeError가 나야 한다. 일반 함수, 제너레이터, 코루틴 안에서 만들어도 같다.
# (A generator or async `__init__` returns its generator or coroutine, so
# making the instance fails, wherever the call is made from. Found by the
# fuzzer: called from a generator's frame, the engine crashed.)


class Sleep:
    def __init__(self, seconds):
        self.seconds = seconds
        yield f"sleep {seconds}"


class Later:
    async def __init__(self):
        self.ready = True


def make(cls, *args):
    try:
        obj = cls(*args)
        print("made", obj)
    except TypeError as e:
        print("TypeError:", e)


make(Sleep, 1)


def from_function():
    make(Sleep, 2)


from_function()


def from_generator():
    yield "first"
    make(Sleep, 3)
    yield "second"


print(list(from_generator()))


async def from_coroutine():
    make(Sleep, 4)
    try:
        Sleep(5)
    except TypeError as e:
        print("TypeError:", e)
    return "done"


try:
    from_coroutine().send(None)
except StopIteration as stop:
    print(stop.value)

make(Later)
print("end")
