"""time: struct_time, gmtime, localtime, mktime, asctime, ctime, strftime.

Coroscope's own implementation. A run's local time zone is UTC, so
localtime is gmtime (with tm_zone 'UTC'). strftime follows glibc's output
in the C locale, which is what CPython's time.strftime prints on Linux.
The clock itself (time(), sleep(), monotonic(), ...) belongs to the event
loop's virtual time; without it, gmtime()/localtime()/strftime() need an
explicit time.
"""

__all__ = ['struct_time', 'gmtime', 'localtime', 'mktime', 'asctime', 'ctime',
           'strftime', 'timezone', 'altzone', 'daylight', 'tzname']

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')


def _field(index):
    def get(self):
        return self[index]
    return property(get)


class struct_time(tuple):
    """The time value returned by gmtime() and localtime()."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        self._zone = items[9] if n > 9 else None
        self._gmtoff = items[10] if n > 10 else None
        return self

    tm_year = _field(0)
    tm_mon = _field(1)
    tm_mday = _field(2)
    tm_hour = _field(3)
    tm_min = _field(4)
    tm_sec = _field(5)
    tm_wday = _field(6)
    tm_yday = _field(7)
    tm_isdst = _field(8)

    @property
    def tm_zone(self):
        return self._zone

    @property
    def tm_gmtoff(self):
        return self._gmtoff

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self[:9]))
        return f'time.struct_time({parts})'


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _seconds(secs):
    if secs is None:
        now = globals().get('time')
        if now is None:
            raise NotImplementedError('Coroscope does not support reading the clock here yet; '
                                      'pass a time explicitly')
        secs = now()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return int(secs // 1)
    if isinstance(secs, int):
        return secs
    if hasattr(type(secs), '__index__'):
        return secs.__index__()
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def _struct(secs, zone):
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, 0, zone, 0))


def gmtime(secs=None):
    """Seconds since the epoch to a struct_time in UTC."""
    return _struct(_seconds(secs), 'GMT')


def localtime(secs=None):
    """Seconds since the epoch to local time (UTC in a Coroscope run)."""
    return _struct(_seconds(secs), 'UTC')


def _tuple_arg(t, fname):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{fname}(): illegal time tuple argument')
    return t


def mktime(t):
    """A local-time struct_time (or 9-tuple) to seconds since the epoch."""
    y, mo, d, h, mi, s = _tuple_arg(t, 'mktime')[:6]
    days = _days_from_civil(y + (mo - 1) // 12, (mo - 1) % 12 + 1, 1) + d - 1
    return float(days * 86400 + h * 3600 + mi * 60 + s)


def _checked(t):
    """CPython's checks of a time tuple before formatting (checktm)."""
    y, mo, d, h, mi, s, wd, yd, dst = _tuple_arg(t, 'strftime')
    if mo == 0:
        mo = 1
    elif not 1 <= mo <= 12:
        raise ValueError('month out of range')
    if d == 0:
        d = 1
    elif not 1 <= d <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= h <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mi <= 59:
        raise ValueError('minute out of range')
    if not 0 <= s <= 61:
        raise ValueError('seconds out of range')
    # C's tm_wday counts from Sunday; CPython converts and rejects negatives.
    if wd + 1 < 0:
        raise ValueError('day of week out of range')
    wd = ((wd + 1) % 7 + 6) % 7
    if yd == 0:
        yd = 1
    elif not 1 <= yd <= 366:
        raise ValueError('day of year out of range')
    return y, mo, d, h, mi, s, wd, yd, dst


def asctime(t=None):
    """'Tue Nov 14 22:13:20 2023' for a struct_time."""
    if t is None:
        t = localtime()
    y, mo, d, h, mi, s, wd, yd, dst = _checked(t)
    return f'{_DAY_NAMES[wd][:3]} {_MONTH_NAMES[mo - 1][:3]} {d:2} {h:02}:{mi:02}:{s:02} {y}'


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def _iso_week(y, yd, wd):
    """ISO 8601 (year, week) of a date given its year, yday and wday."""
    week = (yd - 1 - wd + 10) // 7
    if week < 1:
        y -= 1
        days = 366 if _is_leap(y) else 365
        week = (yd + days - 1 - wd + 10) // 7
    elif week == 53:
        days = 366 if _is_leap(y) else 365
        if yd - 1 - wd + 3 >= days:
            y += 1
            week = 1
    return y, week


def _directive(c, t, zone):
    y, mo, d, h, mi, s, wd, yd, dst = t
    h12 = h % 12 or 12
    if c == 'a':
        return _DAY_NAMES[wd][:3], None
    if c == 'A':
        return _DAY_NAMES[wd], None
    if c in 'bh':
        return _MONTH_NAMES[mo - 1][:3], None
    if c == 'B':
        return _MONTH_NAMES[mo - 1], None
    if c == 'c':
        return f'{_DAY_NAMES[wd][:3]} {_MONTH_NAMES[mo - 1][:3]} {d:2} {h:02}:{mi:02}:{s:02} {y}', None
    if c == 'C':
        return y // 100, 2
    if c == 'd':
        return d, 2
    if c == 'D':
        return f'{mo:02}/{d:02}/{y % 100:02}', None
    if c == 'e':
        return d, -2
    if c == 'F':
        return f'{y}-{mo:02}-{d:02}', None
    if c == 'g':
        return _iso_week(y, yd, wd)[0] % 100, 2
    if c == 'G':
        return _iso_week(y, yd, wd)[0], 1
    if c == 'H':
        return h, 2
    if c == 'I':
        return h12, 2
    if c == 'j':
        return yd, 3
    if c == 'k':
        return h, -2
    if c == 'l':
        return h12, -2
    if c == 'm':
        return mo, 2
    if c == 'M':
        return mi, 2
    if c == 'n':
        return '\n', None
    if c == 'p':
        return ('AM' if h < 12 else 'PM'), None
    if c == 'P':
        return ('am' if h < 12 else 'pm'), None
    if c == 'r':
        return f'{h12:02}:{mi:02}:{s:02} {"AM" if h < 12 else "PM"}', None
    if c == 'R':
        return f'{h:02}:{mi:02}', None
    if c == 's':
        return int(mktime(t)), 1
    if c == 'S':
        return s, 2
    if c == 't':
        return '\t', None
    if c == 'T':
        return f'{h:02}:{mi:02}:{s:02}', None
    if c == 'u':
        return wd + 1, 1
    if c == 'U':
        return (yd + 6 - (wd + 1) % 7) // 7, 2
    if c == 'V':
        return _iso_week(y, yd, wd)[1], 2
    if c == 'w':
        return (wd + 1) % 7, 1
    if c == 'W':
        return (yd + 6 - wd) // 7, 2
    if c == 'x':
        return f'{mo:02}/{d:02}/{y % 100:02}', None
    if c == 'X':
        return f'{h:02}:{mi:02}:{s:02}', None
    if c == 'y':
        return y % 100, 2
    if c == 'Y':
        return y, 1
    if c == 'z':
        return '+0000', None
    if c == 'Z':
        return zone, None
    if c == '%':
        return '%', None
    return None, None


def strftime(format, t=None):
    """Formats a struct_time (default: localtime()) with % directives."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    if t is None:
        t = localtime()
    zone = getattr(t, 'tm_zone', None) or 'UTC'
    fields = _checked(t)
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        j = i + 1
        flag = ''
        if format[j] in '-_0^#' and j + 1 < n:
            flag = format[j]
            j += 1
        value, width = _directive(format[j], fields, zone)
        if value is None:
            out.append(format[i:j + 1])
        elif width is None:
            text = str(value)
            out.append(text.upper() if flag == '^' else text)
        else:
            pad = '0' if width > 0 else ' '
            if flag == '-':
                out.append(str(value))
            else:
                if flag == '_':
                    pad = ' '
                elif flag == '0':
                    pad = '0'
                out.append(str(value).rjust(abs(width), pad))
        i = j + 1
    return ''.join(out)


# --- The clock: the run's virtual clock (see the executor, `_exec`) ---
# The clock starts at 0.0; monotonic()/perf_counter() read it and time()
# reads 1,700,000,000.0 + it (2023-11-14 22:13:20 UTC). sleep() blocks the
# calling thread: in a coroutine it freezes the whole event loop, visibly.

import _exec as _clock

_EPOCH = 1_700_000_000.0


def time():
    """Seconds since the epoch, on the virtual clock."""
    return _EPOCH + _clock.time()


def time_ns():
    return 1_700_000_000_000_000_000 + _clock.time_ns()


def monotonic():
    return _clock.time()


def monotonic_ns():
    return _clock.time_ns()


def perf_counter():
    return _clock.time()


def perf_counter_ns():
    return _clock.time_ns()


def process_time():
    return _clock.cpu_time()


def process_time_ns():
    return round(_clock.cpu_time() * 1e9)


def thread_time():
    return _clock.cpu_time()


def sleep(secs):
    """Blocks the calling thread for `secs` seconds of virtual time."""
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _clock.wait(None, secs, f'time.sleep({secs})', True)


__all__ += ['time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter',
            'perf_counter_ns', 'process_time', 'process_time_ns', 'sleep']
