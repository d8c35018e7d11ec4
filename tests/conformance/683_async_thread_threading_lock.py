# Checks: threading.Thread with target/args/name, join, and a Lock protecting a shared counter; output printed only after joins.
# clock: real
import threading
import time

counter = 0
lock = threading.Lock()
finished = {}

def worker(name, times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
    time.sleep(0.01)
    finished[name] = times

threads = [threading.Thread(target=worker, args=(f"t{i}", 1000 * (i + 1)), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, sorted(finished.items()))
print([t.name for t in threads], [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.active_count())
