# Checks: run_forever until a callback calls stop(); stop() lets the current iteration finish; run_forever can be called again.
# clock: virtual
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print(f"tick {count} at {loop.time():.1f}")
    if count == 3:
        loop.stop()
        print("stop requested")
    loop.call_later(1, tick)

loop.call_soon(tick)
print("running:", loop.is_running())
loop.run_forever()
print("stopped once, count =", count)
count = 0
loop.run_forever()
print("stopped twice, time =", loop.time())
loop.close()
