# Checks: an exception raised deep inside awaited coroutines propagates out of send() with a traceback through each frame.
class Tick:
    def __await__(self):
        yield "tick"

async def parse(text):
    await Tick()
    return int(text)

async def load(values):
    results = []
    for v in values:
        results.append(await parse(v))
    return results

def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

print(drive(load(["1", "2"])))
try:
    drive(load(["3", "x"]))
except ValueError as e:
    print("caught:", e)
drive(load(["4", "다섯"]))
