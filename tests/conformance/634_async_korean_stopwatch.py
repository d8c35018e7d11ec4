# Checks: a Korean stopwatch with loop.call_later: lap callbacks record loop.time(), a final callback stops run_forever.
# clock: virtual
import asyncio

loop = asyncio.new_event_loop()
start = loop.time()
laps = []

def lap(n):
    laps.append(loop.time() - start)
    print(f"{n}번째 랩: {laps[-1]:.2f}초")

for n, t in enumerate([1.25, 2.5, 4.75], 1):
    loop.call_later(t, lap, n)
loop.call_later(5, loop.stop)
loop.run_forever()
print("기록:", laps, "총", loop.time() - start, "초")
loop.close()
