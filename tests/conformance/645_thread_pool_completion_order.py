# Checks: threads vs processes on the same blocking jobs: map() returns results in submission order, as_completed() yields them in finishing order (sleeps 0.1 s apart, wide margins under real time), and every worker's name shows which kind of pool ran it.
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed


def job(seconds):
    time.sleep(seconds)
    return seconds


def main():
    delays = [0.3, 0.1, 0.2]
    for pool_cls in (ThreadPoolExecutor, ProcessPoolExecutor):
        with pool_cls(max_workers=3) as pool:
            print(pool_cls.__name__, "map:", list(pool.map(job, delays)))
            futures = [pool.submit(job, d) for d in delays]
            print(pool_cls.__name__, "as_completed:", [f.result() for f in as_completed(futures)])


if __name__ == "__main__":
    main()
