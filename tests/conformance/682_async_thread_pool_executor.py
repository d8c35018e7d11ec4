# Checks: concurrent.futures.ThreadPoolExecutor as a context manager: map keeps input order; submit futures read after wait; exceptions re-raised by result().
# clock: real
import concurrent.futures
import time

def work(n):
    time.sleep(0.01 * (5 - n))
    if n == 3:
        raise KeyError(n)
    return n * 10

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(work, [0, 1, 2, 4])))
    futures = {pool.submit(work, n): n for n in range(5)}
    done, not_done = concurrent.futures.wait(futures)
    print(len(done), len(not_done))
    for fut in sorted(futures, key=futures.get):
        try:
            print(futures[fut], "->", fut.result())
        except KeyError as e:
            print(futures[fut], "-> KeyError", e)
    print(sorted(f.result() for f in concurrent.futures.as_completed(pool.submit(work, n) for n in (0, 1))))
