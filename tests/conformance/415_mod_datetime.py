# Checks: datetime/date/timedelta arithmetic, reprs and str forms, strftime/strptime, isoformat/fromisoformat, time zones, and date validation errors.
from datetime import date, datetime, time, timedelta, timezone

birthday = date(1995, 8, 15)
today = date(2023, 11, 14)
age_days = (today - birthday).days
print(today, age_days, age_days // 365, birthday.strftime("%Y년 %m월 %d일 (%A)"))
print(repr(birthday), birthday.weekday(), birthday.isoweekday(), birthday.isocalendar(), birthday.toordinal())
deadline = datetime(2024, 12, 31, 23, 59)
start = datetime(2024, 12, 25, 9, 30, 15)
left = deadline - start
print(left, repr(left), left.days, left.seconds, left.total_seconds())
print(start + timedelta(hours=36), start - timedelta(weeks=2, minutes=1), repr(start))
print(timedelta(days=-1, hours=2), -timedelta(minutes=90), timedelta(hours=1) * 2.5, timedelta(hours=5) / 2, timedelta(hours=5) // timedelta(minutes=45))
print(sum([timedelta(minutes=m) for m in (15, 45, 30)], timedelta()), timedelta(0), bool(timedelta(0)), timedelta(seconds=90) > timedelta(minutes=1))
meeting = datetime.strptime("2024-03-05 14:30", "%Y-%m-%d %H:%M")
print(meeting, meeting.isoformat(), meeting.strftime("%I:%M %p on %a %b %d"), f"{meeting:%H시 %M분}")
print(datetime.fromisoformat("2024-02-29T08:15:30.250000"), date.fromisoformat("2023-01-01").isocalendar())
seoul = timezone(timedelta(hours=9), "KST")
launch = datetime(2024, 6, 1, 9, 0, tzinfo=seoul)
print(launch, launch.tzname(), launch.utcoffset(), launch.astimezone(timezone.utc), launch.timestamp())
print(repr(launch), repr(timezone.utc), str(timezone(timedelta(hours=-5))))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(86400 * 1.5), datetime.fromtimestamp(1_700_000_000, timezone.utc))
alarm = time(7, 5)
print(alarm, repr(alarm), alarm.strftime("%H:%M"), alarm.isoformat(timespec="seconds"), datetime.combine(date(2024, 1, 1), alarm))
dates = [date(2024, 5, 1), date(2023, 12, 25), date(2024, 1, 1)]
print(sorted(dates), max(dates), date(2024, 1, 31) + timedelta(days=1), date(2024, 3, 1) - timedelta(days=1))
for y, m, d in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1)]:
    try:
        date(y, m, d)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.strptime("2024/03/05", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    print(launch - start)
except TypeError as e:
    print("TypeError:", e)
datetime(2024, 1, 1, 25)
