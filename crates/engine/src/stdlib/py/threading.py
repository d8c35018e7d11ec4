"""threading: simulated OS threads sharing one GIL, on the virtual clock.

Each Thread runs as its own fiber in the engine; threads switch only when
one blocks (a lock, a join, time.sleep, ...), so runs are deterministic.
Every blocking primitive here is built on the engine's futex:
`_exec.wait(key, timeout, what)` parks the calling thread until
`_exec.notify(key)` or the timeout; `_exec.new_key()` makes a key.
"""

import _exec

__all__ = ['Thread', 'Lock', 'RLock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier', 'BrokenBarrierError', 'current_thread', 'main_thread', 'get_ident',
           'active_count', 'enumerate', 'Timer', 'local', 'excepthook', 'TIMEOUT_MAX']

TIMEOUT_MAX = 1e9
_counter = 0
_threads = {}


def _newname(template='Thread-%d'):
    global _counter
    _counter += 1
    return template % _counter


class Thread:
    # A simulated process runs on a CPU of its own (concurrent.futures).
    _process = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else kwargs
        if name is None:
            name = _newname()
            if target is not None:
                tname = getattr(target, '__name__', None)
                if tname:
                    name += f' ({tname})'
        self._name = str(name)
        if daemon is None:
            cur = _threads.get(_exec.thread_id())
            daemon = cur.daemon if cur is not None else False
        self._daemon = daemon
        self._started = False
        self._ident = None
        self._done_key = None

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._started and not self.is_alive():
            status = 'stopped'
        if self._daemon:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        tid, key = _exec.spawn(_bootstrap, (self,), self._name, self._daemon, self._process)
        self._ident = 1000 + tid
        self._tid = tid
        self._done_key = key
        _threads[tid] = self

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is None:
            while not _exec.thread_done(self._tid):
                _exec.wait(self._done_key, None, f'join({self._name})')
            return
        deadline = _exec.time() + max(timeout, 0)
        while not _exec.thread_done(self._tid):
            remaining = deadline - _exec.time()
            if remaining <= 0:
                break
            _exec.wait(self._done_key, remaining, f'join({self._name})')

    def is_alive(self):
        return self._started and not _exec.thread_done(self._tid)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemon = bool(value)

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, flag):
        self.daemon = flag


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._name = 'MainThread'
        self._daemon = False
        self._started = True
        self._ident = 1000
        self._tid = 0
        self._done_key = 1


_main = _MainThread()
_threads[0] = _main


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _exec.stderr(f'Exception in thread {name}:\n' + _exec.format_exception(args.exc_value))


def _bootstrap(thread):
    try:
        thread.run()
    except SystemExit:
        pass
    except BaseException as exc:
        excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))


def current_thread():
    return _threads.get(_exec.thread_id(), _main)


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return 1000 + _exec.thread_id()


def get_native_id():
    return get_ident()


def active_count():
    return len(enumerate())


def enumerate():
    return [t for t in _threads.values() if t.is_alive()]


class Lock:
    """A lock: waiters park on its key and are woken one at a time."""

    def __init__(self):
        self._locked = False
        self._key = _exec.new_key()

    def __repr__(self):
        return f'<unlocked _thread.lock object>' if not self._locked else '<locked _thread.lock object>'

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        deadline = None if timeout is None or timeout < 0 else _exec.time() + timeout
        while self._locked:
            remaining = None
            if deadline is not None:
                remaining = deadline - _exec.time()
                if remaining <= 0:
                    return False
            _exec.wait(self._key, remaining, 'Lock.acquire()')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
        _exec.notify(self._key, 1)

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0
        self._key = _exec.new_key()

    def acquire(self, blocking=True, timeout=-1):
        me = _exec.thread_id()
        if self._owner == me:
            self._count += 1
            return True
        deadline = None if timeout is None or timeout < 0 else _exec.time() + timeout
        while self._owner is not None:
            if not blocking:
                return False
            remaining = None
            if deadline is not None:
                remaining = deadline - _exec.time()
                if remaining <= 0:
                    return False
            _exec.wait(self._key, remaining, 'RLock.acquire()')
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _exec.thread_id():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _exec.notify(self._key, 1)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Event:
    def __init__(self):
        self._flag = False
        self._key = _exec.new_key()

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True
        _exec.notify(self._key)

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            while not self._flag:
                _exec.wait(self._key, None, 'Event.wait()')
            return True
        deadline = _exec.time() + max(timeout, 0)
        while not self._flag:
            remaining = deadline - _exec.time()
            if remaining <= 0:
                break
            _exec.wait(self._key, remaining, 'Event.wait()')
        return self._flag


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._key = _exec.new_key()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        saved = None
        if isinstance(self._lock, RLock):
            saved = self._lock._count
            self._lock._count = 1
        self._lock.release()
        try:
            return _exec.wait(self._key, timeout, 'Condition.wait()')
        finally:
            self._lock.acquire()
            if saved is not None:
                self._lock._count = saved

    def wait_for(self, predicate, timeout=None):
        end = None if timeout is None else _exec.time() + timeout
        result = predicate()
        while not result:
            remaining = None
            if end is not None:
                remaining = end - _exec.time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        _exec.notify(self._key, n)

    def notify_all(self):
        _exec.notify(self._key)

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value
        self._key = _exec.new_key()

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None if timeout is None else _exec.time() + timeout
        while self._value == 0:
            if not blocking:
                return False
            remaining = None
            if deadline is not None:
                remaining = deadline - _exec.time()
                if remaining <= 0:
                    return False
            _exec.wait(self._key, remaining, 'Semaphore.acquire()')
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        self._value += n
        _exec.notify(self._key, n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        super().release(n)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._count = 0
        self._generation = 0
        self._key = _exec.new_key()
        self._broken = False

    def wait(self, timeout=None):
        gen = self._generation
        index = self._count
        self._count += 1
        if self._count == self._parties:
            if self._action:
                self._action()
            self._count = 0
            self._generation += 1
            _exec.notify(self._key)
            return index
        while gen == self._generation and not self._broken:
            _exec.wait(self._key, timeout, 'Barrier.wait()')
        if self._broken:
            raise BrokenBarrierError
        return index

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    pass


_exec.tb_alias(_bootstrap, 'thread.run()', '/usr/lib/python3.11/threading.py', 1045, 'self.run()',
               '_bootstrap_inner')
_exec.tb_alias(Thread.run, 'self._target(*self._args, **self._kwargs)', '/usr/lib/python3.11/threading.py', 982,
               'self._target(*self._args, **self._kwargs)')
