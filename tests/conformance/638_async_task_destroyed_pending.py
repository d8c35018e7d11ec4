# Checks: a pending task left behind when the loop is closed by hand (no asyncio.run) logs "Task was destroyed but it is pending!" when the cycle collector frees it (task <-> sleep future).
# clock: virtual
import asyncio
import gc

async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background finally")

async def main():
    global bg
    bg = asyncio.get_running_loop().create_task(background())
    await asyncio.sleep(1)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("loop closed; dropping the task")
del bg
print("del done; the task is still alive in a reference cycle")
gc.collect()
print("end")
