# Checks: time.gmtime/localtime on fixed timestamps (UTC), struct_time fields and indexing, mktime/asctime/ctime, strftime directives including %U %W %j and padding flags.
import time

t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t[1], t[-1], len(t), list(t)[:3], t.tm_zone)
print(time.asctime(t), "|", time.ctime(0), "|", time.mktime(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I", t))
print(time.strftime("%D %T %F %R %e %k %l %%", t))
local = time.localtime(86400 * 365)
print(local.tm_year, local.tm_yday, local.tm_wday, time.strftime("%c", local))
new_year = time.struct_time((2025, 1, 1, 0, 0, 0, 2, 1, 0))
print(new_year, time.strftime("%A %d %B %Y", new_year))
for days in (0, 59, 365, 10000):
    print(days, time.strftime("%Y-%m-%d (%a) week %U", time.gmtime(days * 86400)))
print(time.gmtime(-86400)[:3], time.gmtime(1.999).tm_sec)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
time.struct_time((1, 2, 3))
