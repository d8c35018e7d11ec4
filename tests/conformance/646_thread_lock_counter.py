# Checks: four threads incrementing a shared counter under a Lock always reach the exact total; join() waits for all of them; the GIL lesson's "safe" version.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(10_000,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("alive:", [t.is_alive() for t in threads])
print("names:", [t.name for t in threads])
