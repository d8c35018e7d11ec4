# Checks (a tutorial-style tour): thread pools with as_completed and map, Threads with a Lock, run_in_executor/to_thread under gather, a process pool from asyncio, with elapsed times (real clock in CPython).
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


def io_task(n):
    time.sleep(n)
    return f"io{n} on {threading.current_thread().name.split('_')[0]}"


def cpu_task(n):
    return sum(i * i for i in range(n))


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(io_task, n) for n in (3, 1, 2)]
    for f in as_completed(futures):
        print(f.result(), round(time.perf_counter() - start, 1))
print("threads took", round(time.perf_counter() - start, 1))

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(io_task, [1, 1, 1, 1])), round(time.perf_counter() - start, 1))

results = []
lock = threading.Lock()


def worker(name, delay):
    time.sleep(delay)
    with lock:
        results.append(name)


threads = [threading.Thread(target=worker, args=(f"t{i}", 0.5 * (3 - i))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, threading.active_count())


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a, b = await asyncio.gather(loop.run_in_executor(None, io_task, 2), asyncio.to_thread(io_task, 1))
    print(a, b, round(loop.time() - t0, 1))
    with ProcessPoolExecutor() as pp:
        r = await loop.run_in_executor(pp, cpu_task, 1000)
    print(r)

asyncio.run(main())
