"""The oracle's virtual clock: CPython 3.11 running asyncio scripts the way
Coroscope's engine does with `--cpu-cost 0` (tests/conformance/ORACLE.md).

sitecustomize imports this module before the script runs when the script says
`# clock: virtual` (the oracle then sets COROSCOPE_CLOCK=virtual and TZ=UTC).

The clock is an integer count of nanoseconds, starting at 0, that moves only
when something waits:

* `time.sleep(d)` adds round(d * 1e9) ns (it "blocks": nothing else runs);
* the event loop, when its ready queue is empty and a timer is pending, jumps
  the clock to the earliest timer's `when` instead of waiting in select();
* running Python code costs nothing.

Readings: `time.monotonic()`, `time.perf_counter()` and `loop.time()` are
ns / 1e9; `time.time()` is 1_700_000_000.0 + that; the `_ns` variants are the
integers; `process_time()`/`thread_time()` stay 0. `localtime`, `gmtime`,
`ctime`, `asctime`, `strftime` without an explicit time read `time.time()`;
the zone is UTC. `datetime` is forced onto its pure-Python implementation,
which reads `time.time()`/`time.localtime()`, so `datetime.now()` follows too.

Timers: a TimerHandle's `when` is rounded to the nanosecond and the heap is
ordered by (when, sequence number), so timers due at the same instant fire in
the order they were scheduled; a batch takes every timer whose `when` is at
or before the clock (CPython's `_clock_resolution` is set to half a ns).

The loop never waits for real. If it has nothing ready and no timer (every
task waits for something that never comes), CPython would hang: after a short
real grace period (threads may still wake it) the run ends with exit status
DEADLOCK_STATUS and a line on stderr, which the oracle reports as a failure.
"""
import os
import sys
import time
import weakref

# Pure-Python datetime reads time.time(); the C one reads the OS clock.
sys.modules.setdefault("_datetime", None)

DEADLOCK_STATUS = 97
DEADLOCK_GRACE_S = 5.0
EPOCH_NS = 1_700_000_000 * 1_000_000_000  # 2023-11-14 22:13:20 UTC

_now_ns = 0
_real_sleep = time.sleep
_localtime = time.localtime
_gmtime = time.gmtime
_ctime = time.ctime
_asctime = time.asctime
_strftime = time.strftime


def now_ns():
    return _now_ns


def advance_to_ns(ns):
    """Moves the clock forward to `ns` (never backward)."""
    global _now_ns
    if ns > _now_ns:
        _now_ns = ns


def _monotonic():
    return _now_ns / 1e9


def _monotonic_ns():
    return _now_ns


def _time():
    return 1_700_000_000.0 + _now_ns / 1e9


def _time_ns():
    return EPOCH_NS + _now_ns


def _process_time():
    return 0.0


def _process_time_ns():
    return 0


def _sleep(secs):
    if type(secs) not in (int, float) or not secs >= 0 or secs == float("inf"):
        return _real_sleep(secs)  # CPython's own TypeError/ValueError/OverflowError
    advance_to_ns(_now_ns + round(secs * 1e9))


def _localtime_v(secs=None):
    return _localtime(_time() if secs is None else secs)


def _gmtime_v(secs=None):
    return _gmtime(_time() if secs is None else secs)


def _ctime_v(secs=None):
    return _ctime(_time() if secs is None else secs)


def _asctime_v(*t):
    return _asctime(*t) if t else _asctime(_localtime_v())


def _strftime_v(format, *t):
    return _strftime(format, *t) if t else _strftime(format, _localtime_v())


def _patch_time():
    time.tzset()
    patches = {
        "monotonic": _monotonic, "monotonic_ns": _monotonic_ns,
        "perf_counter": _monotonic, "perf_counter_ns": _monotonic_ns,
        "time": _time, "time_ns": _time_ns,
        "process_time": _process_time, "process_time_ns": _process_time_ns,
        "thread_time": _process_time, "thread_time_ns": _process_time_ns,
        "sleep": _sleep, "localtime": _localtime_v, "gmtime": _gmtime_v,
        "ctime": _ctime_v, "asctime": _asctime_v, "strftime": _strftime_v,
    }
    for name, fn in patches.items():
        fn.__name__ = fn.__qualname__ = name
        setattr(time, name, fn)


def _quantize(when):
    try:
        return round(when * 1e9) / 1e9
    except TypeError:
        return when  # let CPython raise its own error later
    except (ValueError, OverflowError):
        return when  # NaN and infinite times stay as they are, as in the engine


def _patch_asyncio():
    import selectors
    from asyncio import base_events, events, selector_events

    orig_timer = events.TimerHandle
    counter = iter(range(1 << 62))

    class TimerHandle(orig_timer):
        """TimerHandle ordered by (when, scheduling sequence)."""

        __slots__ = ("_seq",)

        def __init__(self, when, callback, args, loop, context=None):
            super().__init__(_quantize(when), callback, args, loop, context)
            if self._source_traceback:
                del self._source_traceback[-1]
            self._seq = next(counter)

        def _key(self, other):
            return (self._when, self._seq), (other._when, getattr(other, "_seq", -1))

        def __lt__(self, other):
            if isinstance(other, orig_timer):
                a, b = self._key(other)
                return a < b
            return NotImplemented

        def __gt__(self, other):
            if isinstance(other, orig_timer):
                a, b = self._key(other)
                return a > b
            return NotImplemented

        def __le__(self, other):
            if isinstance(other, orig_timer):
                return self < other or self.__eq__(other)
            return NotImplemented

        def __ge__(self, other):
            if isinstance(other, orig_timer):
                return self > other or self.__eq__(other)
            return NotImplemented

        __eq__ = orig_timer.__eq__
        __hash__ = orig_timer.__hash__

    TimerHandle.__module__ = orig_timer.__module__
    events.TimerHandle = TimerHandle  # base_events looks it up at each call_at

    class VirtualSelector(selectors.DefaultSelector):
        """Polls without waiting; jumps the clock to the next timer instead."""

        loop_ref = None

        def select(self, timeout=None):
            if timeout is None:
                ready = super().select(DEADLOCK_GRACE_S)
                if not ready:
                    _deadlock()
                return ready
            if timeout > 0:
                loop = self.loop_ref() if self.loop_ref else None
                if loop is not None and loop._scheduled:
                    advance_to_ns(round(loop._scheduled[0]._when * 1e9))
            return super().select(0)

    orig_init = selector_events.BaseSelectorEventLoop.__init__

    def __init__(self, selector=None):
        virtual = selector is None
        if virtual:
            selector = VirtualSelector()
        orig_init(self, selector)
        self._clock_resolution = 0.5e-9
        if virtual:
            selector.loop_ref = weakref.ref(self)

    selector_events.BaseSelectorEventLoop.__init__ = __init__
    assert base_events.time is time


def _deadlock():
    sys.stdout.flush()
    sys.stderr.write(
        "oracle: deadlock: the event loop has nothing ready and no timer "
        "pending; CPython would wait forever\n")
    sys.stderr.flush()
    os._exit(DEADLOCK_STATUS)


_patch_time()
_patch_asyncio()
