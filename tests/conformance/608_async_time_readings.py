# Checks: the clock conventions: monotonic/perf_counter start at 0, time() at 1_700_000_000.0, _ns variants, process_time 0, localtime/gmtime/ctime in UTC.
# clock: virtual
import time

def show():
    print(time.monotonic(), time.perf_counter(), time.time())
    print(time.monotonic_ns(), time.perf_counter_ns(), time.time_ns())

show()
time.sleep(1.25)
show()
print(time.process_time(), time.process_time_ns())
t = time.localtime()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_zone)
print(time.gmtime() == time.localtime(), time.ctime(), time.asctime())
print(time.strftime("%Y-%m-%d %H:%M:%S %Z"), time.strftime("%X", time.gmtime(0)))
print(time.mktime(time.localtime()) == int(time.time()))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
