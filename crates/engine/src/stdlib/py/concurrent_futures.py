"""concurrent.futures: Future, ThreadPoolExecutor, ProcessPoolExecutor,
wait and as_completed, for simulated threads (see threading).

A process worker is a simulated thread with a CPU of its own (`_exec.spawn`
with process=True, see exec/sched.rs): under the cost model processes run
in parallel while threads take turns holding the GIL. Under the ideal clock
no CPU time passes, so the two can be told apart only by their lanes.
Processes still share the script's objects (nothing is pickled).
"""

import _exec
import threading
import queue as _queue

__all__ = ['Future', 'Executor', 'ThreadPoolExecutor', 'ProcessPoolExecutor', 'wait', 'as_completed',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'InvalidStateError']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class CancelledError(Exception):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._key = _exec.new_key()
        self._done_callbacks = []
        self._waiter_keys = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception:
                return f'<Future at 0x0 state=finished raised {type(self._exception).__name__}>'
            return f'<Future at 0x0 state=finished returned {type(self._result).__name__}>'
        return f'<Future at 0x0 state={self._state.lower()}>'

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _exec.stderr('exception calling callback for ' + repr(self) + '\n' + _exec.format_exception(exc))

    def _wake(self):
        _exec.notify(self._key)
        for key in self._waiter_keys:
            _exec.notify(key)

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state == _CANCELLED:
            return True
        self._state = _CANCELLED
        self._wake()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _wait_done(self, timeout):
        if timeout is None:
            while not self.done():
                _exec.wait(self._key, None, 'Future.result()')
            return True
        end = _exec.time() + timeout
        while not self.done():
            remaining = end - _exec.time()
            if remaining <= 0:
                return False
            _exec.wait(self._key, remaining, 'Future.result()')
        return True

    def result(self, timeout=None):
        if self._state == _CANCELLED:
            raise CancelledError()
        if not self._wait_done(timeout):
            raise TimeoutError()
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state == _CANCELLED:
            raise CancelledError()
        if not self._wait_done(timeout):
            raise TimeoutError()
        if self._state == _CANCELLED:
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as exc:
            _exec.stderr('exception calling callback for ' + repr(self) + '\n' + _exec.format_exception(exc))

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._wake()
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._exception = exception
        self._state = _FINISHED
        self._wake()
        self._invoke_callbacks()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else _exec.time() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _exec.time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


_pool_counter = 0


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _pool_counter
        if max_workers is None:
            max_workers = min(32, 2 + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle = 0
        self._threads = []
        self._shutdown = False
        if not thread_name_prefix:
            thread_name_prefix = f'{self._prefix()}-{_pool_counter}'
            _pool_counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def _prefix(self):
        return 'ThreadPoolExecutor'

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        self._work_queue.put((f, fn, args, kwargs))
        self._adjust_thread_count()
        return f

    def _adjust_thread_count(self):
        if self._idle > 0:
            self._idle -= 1
            return
        if len(self._threads) < self._max_workers:
            t = self._new_worker()
            t.start()
            self._threads.append(t)

    def _new_worker(self):
        name = f'{self._thread_name_prefix}_{len(self._threads)}'
        return threading.Thread(name=name, target=self._worker, daemon=True)

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            item = self._work_queue.get()
            if item is None:
                self._work_queue.put(None)
                return
            f, fn, args, kwargs = item
            if f.set_running_or_notify_cancel():
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    f.set_exception(exc)
                else:
                    f.set_result(result)
            del item, f
            self._idle += 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if item is not None:
                    item[0].cancel()
        self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


class _ProcessWorker(threading.Thread):
    _process = True


_process_counter = 0


class ProcessPoolExecutor(ThreadPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 2  # os.cpu_count() of the simulated machine
        super().__init__(max_workers, 'ForkProcess', initializer, initargs)

    def _prefix(self):
        return 'ForkProcess'

    def _new_worker(self):
        # Named as multiprocessing names a forked process (Linux's default).
        global _process_counter
        _process_counter += 1
        return _ProcessWorker(name=f'ForkProcess-{_process_counter}', target=self._worker, daemon=True)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    key = _exec.new_key()
    end = None if timeout is None else _exec.time() + timeout

    def ready():
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            return True
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f._exception is not None for f in done):
            return True
        return len(done) == len(fs)

    for f in fs:
        f._waiter_keys.append(key)
    try:
        while not ready():
            remaining = None if end is None else end - _exec.time()
            if remaining is not None and remaining <= 0:
                break
            _exec.wait(key, remaining, 'concurrent.futures.wait()')
    finally:
        for f in fs:
            f._waiter_keys.remove(key)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    end = None if timeout is None else _exec.time() + timeout
    key = _exec.new_key()
    pending = set(fs)
    for f in fs:
        f._waiter_keys.append(key)
    try:
        finished = [f for f in fs if f.done()]
        for f in finished:
            pending.discard(f)
            yield f
        while pending:
            remaining = None if end is None else end - _exec.time()
            if remaining is not None and remaining <= 0:
                raise TimeoutError(f'{len(pending)} (of {len(fs)}) futures unfinished')
            _exec.wait(key, remaining, 'as_completed()')
            for f in fs:
                if f in pending and f.done():
                    pending.discard(f)
                    yield f
    finally:
        for f in fs:
            if key in f._waiter_keys:
                f._waiter_keys.remove(key)
