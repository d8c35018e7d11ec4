# Checks: nested coroutines awaiting each other run in one stack; a tiny driver loop shows each suspension point bubbling up.
class Sleep:
    def __init__(self, seconds):
        self.seconds = seconds
    def __await__(self):
        yield f"sleep {self.seconds}"

async def fetch(url):
    print(f"  fetch {url} 시작")
    await Sleep(1)
    print(f"  fetch {url} 완료")
    return len(url)

async def main():
    total = 0
    for url in ["a.com", "bb.org"]:
        total += await fetch(url)
    await Sleep(0.5)
    return total

def run(coro):
    step = 0
    while True:
        try:
            request = coro.send(None)
        except StopIteration as stop:
            return stop.value
        step += 1
        print(f"step {step}: {request}")

print("total:", run(main()))
