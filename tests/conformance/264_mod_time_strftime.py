# Checks: time.strftime on fixed struct_time values from time.gmtime(0) and gmtime(n), struct_time fields and repr (no real clock).
import time

epoch = time.gmtime(0)
print(epoch)
print(time.strftime("%Y-%m-%d %H:%M:%S", epoch))
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_wday, epoch.tm_yday, epoch[0])
t = time.gmtime(1700000000)
print(time.strftime("%Y/%m/%d %H:%M:%S", t))
print(time.strftime("%X", t), time.strftime("%x", t), time.strftime("%c", t))
print(time.strftime("%A %a %B %b %j %p %I %y %%", t))
print(time.strftime("%d일 %H시 %M분", t))
fixed = time.struct_time((2024, 3, 1, 9, 5, 7, 4, 61, 0))
print(time.strftime("%Y-%m-%d (%a) %H:%M:%S", fixed))
print(tuple(fixed)[:6])
print(time.strftime("started at %X", time.gmtime(3661)))
