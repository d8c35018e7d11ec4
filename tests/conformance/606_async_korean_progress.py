# Checks: a Korean progress-bar tutorial: done callbacks count finished downloads and print a text bar at each completion.
# clock: virtual
import asyncio

TOTAL = 5
finished = 0

def on_done(task):
    global finished
    finished += 1
    bar = "#" * finished + "-" * (TOTAL - finished)
    print(f"[{bar}] {finished}/{TOTAL} {task.get_name()} ({task.result()}MB)")

async def download(size):
    await asyncio.sleep(size / 10)
    return size

async def main():
    tasks = []
    for i, size in enumerate([30, 10, 50, 20, 10]):
        t = asyncio.create_task(download(size), name=f"파일{i + 1}")
        t.add_done_callback(on_done)
        tasks.append(t)
    sizes = await asyncio.gather(*tasks)
    print("완료:", sum(sizes), "MB,", asyncio.get_running_loop().time(), "초")

asyncio.run(main())
