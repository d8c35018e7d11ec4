# Checks: a hand-written round-robin scheduler interleaves coroutines at each await, the way an event loop calls send(None).
from collections import deque

class Yield:
    def __await__(self):
        yield

async def worker(name, steps):
    for i in range(steps):
        print(f"{name}: step {i}")
        await Yield()
    return f"{name} done"

def run_all(*coros):
    ready = deque(coros)
    results = []
    while ready:
        coro = ready.popleft()
        try:
            coro.send(None)
        except StopIteration as stop:
            results.append(stop.value)
        else:
            ready.append(coro)
    return results

print(run_all(worker("coro1", 3), worker("coro2", 1), worker("coro3", 2)))
