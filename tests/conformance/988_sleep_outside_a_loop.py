# Driving asyncio.sleep() by hand, with no event loop running: the
# coroutine starts, asks for the running loop and fails.
import asyncio

c = asyncio.sleep(0.5)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_frame)

zero = asyncio.sleep(0, "done")
print(zero.send(None))
try:
    zero.send(None)
except StopIteration as e:
    print("finished with", e.value)

asyncio.sleep(2).send(None)
