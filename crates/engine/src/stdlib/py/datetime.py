"""datetime: timedelta, date, datetime, time, timezone.

Coroscope's own implementation of CPython 3.11's module: the same
normalisation, reprs, str() forms, arithmetic and error messages. A run's
local time zone is UTC, and now()/today() read the run's clock
(time.time()), so under the virtual clock they move with asyncio.sleep.
"""

import time as _time

__all__ = ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC']

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# _DAYS_BEFORE_MONTH[m]: days in a common year before month m.
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(1, 12):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m])
del _m

_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    """Proleptic Gregorian ordinal: 0001-01-01 is day 1."""
    leap_extra = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_extra + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    if hasattr(type(value), '__index__'):
        return value.__index__()
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _round_half_even(x):
    return round(x)


def _divide_and_round(a, b):
    """a / b for ints, rounded half to even, exactly."""
    q, r = divmod(a, b)
    r2 = r * 2
    greater = r2 > b if b > 0 else r2 < b
    if greater or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _times_float(us, factor):
    try:
        num, den = factor.as_integer_ratio()
    except (AttributeError, OverflowError, ValueError):
        return _round_half_even(us * factor)
    return _divide_and_round(us * num, den)


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'builtins':
        return cls.__qualname__
    return f'{cls.__module__}.{cls.__qualname__}'


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0,
                 minutes=0, hours=0, weeks=0):
        whole = 0
        frac = 0.0
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                whole += value * scale
            elif isinstance(value, float):
                int_part = int(value)
                whole += int_part * scale
                frac += (value - int_part) * scale
            else:
                raise TypeError(f'unsupported type for timedelta {_arg_name(scale)} component: '
                                f'{type(value).__name__}')
        # Round the exact sum half to even: whole is exact, frac a float.
        floor = int(frac // 1)
        whole += floor
        rest = frac - floor
        if rest > 0.5 or (rest == 0.5 and whole % 2 == 1):
            whole += 1
        self._set(whole)

    def _set(self, total_us):
        days, rest = divmod(total_us, 86400000000)
        if abs(days) > 999999999:
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)

    @classmethod
    def _from_us(cls, total_us):
        td = object.__new__(cls)
        td._set(total_us)
        return td

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f"datetime.{type(self).__qualname__}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f'{hh}:{mm:02}:{ss:02}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = f'{self._days} day{plural}, ' + text
        if self._microseconds:
            text += f'.{self._microseconds:06}'
        return text

    def __format__(self, spec):
        return format(str(self), spec)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(_times_float(self._to_us(), other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


def _arg_name(scale):
    return {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
            60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}[scale]


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- tzinfo, timezone

class tzinfo:
    """Abstract base of time zone information."""

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24).')
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return _offset_name(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


def _offset_name(offset):
    if not offset:
        return 'UTC'
    sign = '-' if offset < timedelta(0) else '+'
    offset = abs(offset)
    hours, rest = divmod(offset._to_us(), 3600000000)
    minutes, rest = divmod(rest, 60000000)
    text = f'UTC{sign}{hours:02}:{minutes:02}'
    seconds, micro = divmod(rest, 1000000)
    if seconds or micro:
        text += f':{seconds:02}'
        if micro:
            text += f'.{micro:06}'
    return text


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _format_offset(offset, sep=':'):
    if offset is None:
        return ''
    sign = '-' if offset < timedelta(0) else '+'
    offset = abs(offset)
    hours, rest = divmod(offset._to_us(), 3600000000)
    minutes, rest = divmod(rest, 60000000)
    seconds, micro = divmod(rest, 1000000)
    text = f'{sign}{hours:02}{sep}{minutes:02}'
    if seconds or micro:
        text += f'{sep}{seconds:02}'
        if micro:
            text += f'.{micro:06}'
    return text


def _expand_strftime(fmt, obj):
    """Handles %f, %z, %Z and %:z before time.strftime sees the format."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            if d == 'f':
                out.append(f'{getattr(obj, "microsecond", 0):06}')
            elif d == 'z':
                out.append(_format_offset(obj.utcoffset(), '') if hasattr(obj, 'utcoffset') else '')
            elif d == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append(name.replace('%', '%%') if name else '')
            elif d == ':' and i + 2 < n and fmt[i + 2] == 'z':
                out.append(_format_offset(obj.utcoffset()) if hasattr(obj, 'utcoffset') else '')
                i += 1
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


# ---------------------------------------------------------------- date

class date:
    """A calendar date (proleptic Gregorian)."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord2ymd(_EPOCH_ORDINAL + int(t // 86400))
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        parts = _parse_iso_date(text)
        if parts is None:
            raise ValueError(f'Invalid isoformat string: {text!r}')
        return cls(*parts)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _ymd2ord(year, 1, 4)
        week1_monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(week1_monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        jan4 = _ymd2ord(year, 1, 4)
        week1_monday = jan4 - (jan4 + 6) % 7
        today = self.toordinal()
        if today < week1_monday:
            year -= 1
            jan4 = _ymd2ord(year, 1, 4)
            week1_monday = jan4 - (jan4 + 6) % 7
        else:
            next_jan4 = _ymd2ord(year + 1, 1, 4)
            next_monday = next_jan4 - (next_jan4 + 6) % 7
            if today >= next_monday:
                year += 1
                week1_monday = next_monday
        week, day = divmod(today - week1_monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def isoformat(self):
        return f'{self._year:04}-{self._month:02}-{self._day:02}'

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return f'datetime.{type(self).__qualname__}({self._year}, {self._month}, {self._day})'

    def ctime(self):
        return f'{_DAY_NAMES[self.weekday()][:3]} {_MONTH_NAMES[self._month - 1][:3]} {self._day:2} 00:00:00 {self._year:04}'

    def strftime(self, fmt):
        return _time.strftime(_expand_strftime(fmt, self), self.timetuple())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f'must be str, not {type(spec).__name__}')
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError('result out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)
_MAX_ORDINAL = _ymd2ord(9999, 12, 31)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- time

class time:
    """A time of day, optionally with a tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        text = f"datetime.{type(self).__qualname__}({', '.join(map(str, args))}"
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _time.strftime(_expand_strftime(fmt, self), tt)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True

    @classmethod
    def fromisoformat(cls, text):
        parsed = _parse_iso_time(text)
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {text!r}')
        return cls(*parsed)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{hh:02}'
    if timespec == 'minutes':
        return f'{hh:02}:{mm:02}'
    if timespec == 'seconds':
        return f'{hh:02}:{mm:02}:{ss:02}'
    if timespec == 'milliseconds':
        return f'{hh:02}:{mm:02}:{ss:02}.{us // 1000:03}'
    if timespec == 'microseconds':
        return f'{hh:02}:{mm:02}:{ss:02}.{us:06}'
    raise ValueError('Unknown timespec value')


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date with a time of day, optionally aware (with a tzinfo)."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        date.__init__(self, year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        whole = int(t // 1)
        us = _round_half_even((t - whole) * 1000000)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        dt = cls._from_epoch_us(whole * 1000000 + us, tz)
        if tz is not None and tz.utcoffset(dt):
            dt = dt + tz.utcoffset(dt)
        return dt

    @classmethod
    def _from_epoch_us(cls, us, tz=None):
        days, rest = divmod(us, 86400000000)
        y, m, d = _ord2ymd(_EPOCH_ORDINAL + days)
        secs, micro = divmod(rest, 1000000)
        return cls(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, micro, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError('fromisoformat: argument must be str')
        day_part = _parse_iso_date(text[:10])
        if day_part is None:
            raise ValueError(f'Invalid isoformat string: {text!r}')
        rest = text[10:]
        if not rest:
            return cls(*day_part)
        if rest[0] not in 'T ':
            raise ValueError(f'Invalid isoformat string: {text!r}')
        parsed = _parse_iso_time(rest[1:])
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {text!r}')
        return cls(*day_part, *parsed)

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_strptime(text, fmt))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _epoch_us(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        us = ((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        us = us * 1000000 + self._microsecond
        offset = self.utcoffset()
        if offset is not None:
            us -= offset._to_us()
        return us

    def timestamp(self):
        return self._epoch_us() / 10 ** 6

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        dt = self if offset is None else (self - offset).replace(tzinfo=None)
        tt = dt.timetuple()
        return _time.struct_time(tuple(tt)[:8] + (0,))

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        us = self._epoch_us()
        result = datetime._from_epoch_us(us, tz)
        offset = tz.utcoffset(result)
        if offset:
            result = result + offset
        return result

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, sep='T', timespec='auto'):
        text = (f'{self._year:04}-{self._month:02}-{self._day:02}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond]
        if args[-1] == 0:
            del args[-1]
        if args[-1] == 0:
            del args[-1]
        text = f"datetime.{type(self).__qualname__}({', '.join(map(str, args))}"
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def ctime(self):
        return (f'{_DAY_NAMES[self.weekday()][:3]} {_MONTH_NAMES[self._month - 1][:3]} '
                f'{self._day:2} {self._hour:02}:{self._minute:02}:{self._second:02} {self._year:04}')

    def strftime(self, fmt):
        return _time.strftime(_expand_strftime(fmt, self), self.timetuple())

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op in ('==', '!='):
                    return op == '!='
                raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
            return NotImplemented
        a_off, b_off = self.utcoffset(), other.utcoffset()
        if (a_off is None) != (b_off is None):
            if op in ('==', '!='):
                return op == '!='
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a_off is None or a_off == b_off:
            a, b = self._key(), other._key()
        else:
            a, b = self._epoch_us(), other._epoch_us()
        if op == '==':
            return a == b
        if op == '!=':
            return a != b
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, '==')

    def __ne__(self, other):
        return self._compare(other, '!=')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    def __hash__(self):
        if self.utcoffset() is None:
            return hash(self._key())
        return hash(self._epoch_us())

    def _naive_us(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return ((((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_us() + other._to_us()
        result = datetime._from_epoch_us(us, self._tzinfo)
        if not date.min <= result.date() <= date.max:
            raise OverflowError('date value out of range')
        if type(self) is not datetime:
            result = type(self)(*result._key(), result._tzinfo)
        return result

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a_off, b_off = self.utcoffset(), other.utcoffset()
        if (a_off is None) != (b_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if a_off is None or a_off == b_off:
            return timedelta._from_us(self._naive_us() - other._naive_us())
        return timedelta._from_us(self._epoch_us() - other._epoch_us())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- parsing

def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(text):
    if len(text) == 10 and text[4] == '-' and text[7] == '-':
        y, m, d = _digits(text, 0, 4), _digits(text, 5, 2), _digits(text, 8, 2)
    elif len(text) == 8:
        y, m, d = _digits(text, 0, 4), _digits(text, 4, 2), _digits(text, 6, 2)
    else:
        return None
    if y is None or m is None or d is None:
        return None
    return y, m, d


def _parse_iso_time(text):
    tz = None
    for sign in ('+', '-', 'Z'):
        at = text.find(sign)
        if at > 0:
            offset_text = text[at:]
            text = text[:at]
            if offset_text == 'Z':
                tz = timezone.utc
            else:
                body = offset_text[1:].replace(':', '')
                hh, mm = _digits(body, 0, 2), _digits(body, 2, 2) if len(body) >= 4 else 0
                if hh is None or mm is None:
                    return None
                delta = timedelta(hours=hh, minutes=mm)
                tz = timezone.utc if not delta else timezone(delta if sign == '+' else -delta)
            break
    frac = 0
    if '.' in text or ',' in text:
        text, _, digits = text.replace(',', '.').partition('.')
        if not digits.isdigit():
            return None
        frac = int((digits + '000000')[:6])
    parts = text.split(':') if ':' in text else [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], frac, tz


def _strptime(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) from text."""
    fields = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = None
    tz = None
    pos = 0
    i = 0
    n = len(fmt)

    def fail():
        raise ValueError(f'time data {text!r} does not match format {fmt!r}')

    def number(maxlen):
        nonlocal pos
        end = pos
        while end < len(text) and end - pos < maxlen and text[end].isdigit():
            end += 1
        if end == pos:
            fail()
        value = int(text[pos:end])
        pos = end
        return value

    def name(options):
        nonlocal pos
        lowered = text[pos:].lower()
        for index, option in sorted(enumerate(options), key=lambda p: -len(p[1])):
            if lowered.startswith(option.lower()):
                pos += len(option)
                return index
        fail()

    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == 'Y':
                fields['Y'] = number(4)
            elif d == 'y':
                y = number(2)
                fields['Y'] = y + (2000 if y < 69 else 1900)
            elif d in 'mdHMS':
                fields[d] = number(2)
            elif d == 'I':
                fields['H'] = number(2)
                pm = pm if pm is not None else False
            elif d == 'f':
                start = pos
                value = number(6)
                fields['f'] = value * 10 ** (6 - (pos - start))
            elif d == 'j':
                fields['j'] = number(3)
            elif d == 'B':
                fields['m'] = name(_MONTH_NAMES) + 1
            elif d == 'b':
                fields['m'] = name([m[:3] for m in _MONTH_NAMES]) + 1
            elif d == 'A':
                name(_DAY_NAMES)
            elif d == 'a':
                name([day[:3] for day in _DAY_NAMES])
            elif d == 'p':
                pm = name(['AM', 'PM']) == 1
                fields['p'] = pm
            elif d == 'z':
                if text[pos:pos + 1] == 'Z':
                    pos += 1
                    tz = timezone.utc
                else:
                    sign = text[pos:pos + 1]
                    if sign not in ('+', '-'):
                        fail()
                    pos += 1
                    hh = number(2)
                    if text[pos:pos + 1] == ':':
                        pos += 1
                    mm = number(2)
                    delta = timedelta(hours=hh, minutes=mm)
                    tz = timezone(delta if sign == '+' else -delta)
            elif d == '%':
                if text[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
        elif c.isspace():
            i += 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
        else:
            if text[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos < len(text):
        raise ValueError(f'unconverted data remains: {text[pos:]}')
    hour = fields['H']
    if 'p' in fields:
        hour = hour % 12 + (12 if fields['p'] else 0)
    if 'j' in fields:
        y, m, d = _ord2ymd(_ymd2ord(fields['Y'], 1, 1) + fields['j'] - 1)
        return y, m, d, hour, fields['M'], fields['S'], fields['f'], tz
    return fields['Y'], fields['m'], fields['d'], hour, fields['M'], fields['S'], fields['f'], tz
