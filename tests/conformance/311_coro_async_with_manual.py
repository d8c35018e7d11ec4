# Checks: `async with` on a class with __aenter__/__aexit__, driven manually with send(None); __aexit__ sees and can suppress the exception.
class Yield:
    def __await__(self):
        yield "io"

class Session:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Yield()
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

async def main():
    async with Session("A") as s:
        print("inside", s.name)
    async with Session("B", suppress=True):
        raise KeyError("무시됨")
    async with Session("C"):
        raise ValueError("전파됨")

coro = main()
while True:
    print("driver:", coro.send(None))
