"""asyncio: Coroscope's event loop on the virtual clock.

Our own implementation of CPython 3.11's asyncio semantics, written in
Python like CPython's Lib/asyncio, so that scheduling decisions happen in
exactly the same order: a FIFO ready queue of callbacks, timers ordered by
(when, insertion order), Tasks stepping their coroutine as Task.__step does,
Future callbacks scheduled with call_soon in registration order.

What differs is the world around it: the loop never waits. When nothing is
ready it moves the virtual clock (`_exec.advance`) to the next timer; when
nothing is ready and no timer is pending while tasks still wait, that is a
deadlock CPython would hang in forever, and the run ends with a notice
naming the waiting tasks. Each task step is reported to the trace
(`_exec.enter`/`leave`) with what the task waits on.
"""

import _coroscope
import _exec
import sys

__all__ = [
    'run', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait', 'wait_for',
    'timeout', 'timeout_at', 'as_completed', 'shield', 'current_task', 'all_tasks',
    'iscoroutine', 'iscoroutinefunction', 'isfuture', 'Task', 'Future', 'Queue',
    'LifoQueue', 'PriorityQueue', 'Lock', 'Event', 'Condition', 'Semaphore',
    'BoundedSemaphore', 'TaskGroup', 'Runner', 'get_event_loop', 'get_running_loop',
    'new_event_loop', 'set_event_loop', 'CancelledError', 'TimeoutError',
    'InvalidStateError', 'QueueEmpty', 'QueueFull', 'FIRST_COMPLETED',
    'FIRST_EXCEPTION', 'ALL_COMPLETED', 'to_thread', 'AbstractEventLoop',
    'Barrier', 'BrokenBarrierError',
]


# === Exceptions ===

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""
    __module__ = 'asyncio.queues'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'
    pass


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


# === Coroutine helpers ===

def iscoroutine(obj):
    """Coroutines, generators and collections.abc.Coroutine's structural
    matches, such as async generators' asend/athrow awaitables (3.11's
    _COROUTINE_TYPES)."""
    cls = type(obj)
    if cls.__name__ in ('coroutine', 'generator'):
        return True
    return all(hasattr(cls, m) for m in ('send', 'throw', 'close', '__await__'))


def iscoroutinefunction(func):
    """True for `async def` functions (CO_COROUTINE in their code flags)."""
    func = getattr(func, '__func__', func)
    while hasattr(func, '__wrapped__') and not hasattr(func, '__code__'):
        func = func.__wrapped__
    code = getattr(func, '__code__', None)
    return code is not None and code.co_flags & 0x80 != 0 or getattr(func, '_is_coroutine', False) is True


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None and not isinstance(obj, type)


# === Handles ===

class Handle:
    """A callback scheduled with call_soon.

    The loop's own scheduling (a Task's steps, a Future's done callbacks)
    puts a plain `(callback, arg)` tuple on the ready list instead: nobody
    can see those handles, and skipping the object and the call_soon call
    is a third of the per-task work (see `run_forever`)."""

    _cancelled = False

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._report(exc)

    def _report(self, exc):
        self._loop.call_exception_handler({
            'message': f'Exception in callback {_format_callback_source(self._callback, self._args)}',
            'exception': exc,
            'handle': self,
        })


class TimerHandle(Handle):
    """A callback scheduled for a time (call_later / call_at)."""

    _scheduled = False

    def __init__(self, when, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._when = when

    def when(self):
        return self._when

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
            self._cancelled = True
            self._callback = None
            self._args = None


# --- how callbacks read in handle reprs and error messages
# (Lib/asyncio/format_helpers.py; arguments shortened as reprlib does) ---

def _short_repr(x, level=6):
    """reprlib.repr with its default limits (maxstring/maxother 30,
    maxlong 40, six items of a list or tuple, four of a dict)."""
    if isinstance(x, str):
        s = repr(x[:30])
        if len(s) > 30:
            i = 13
            s = repr(x[:i] + x[len(x) - 14:])
            s = s[:i] + '...' + s[len(s) - 14:]
        return s
    if type(x) in (list, tuple, set, frozenset, dict) and not x:
        return repr(x)
    if type(x) in (list, tuple):
        if level <= 0:
            return '[...]' if type(x) is list else '(...)'
        parts = [_short_repr(v, level - 1) for v in x[:6]]
        if len(x) > 6:
            parts.append('...')
        if type(x) is list:
            return '[' + ', '.join(parts) + ']'
        return '(' + ', '.join(parts) + (',)' if len(x) == 1 else ')')
    if type(x) is dict:
        if level <= 0:
            return '{...}'
        items = list(x.items())
        parts = [f'{_short_repr(k, level - 1)}: {_short_repr(v, level - 1)}' for k, v in items[:4]]
        if len(items) > 4:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    s = repr(x)
    limit = 40 if type(x) is int else 30
    if len(s) > limit:
        i = (limit - 3) // 2
        j = limit - 3 - i
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _format_args_and_kwargs(args, kwargs):
    items = [_short_repr(a) for a in args or ()]
    items.extend(f'{k}={_short_repr(v)}' for k, v in (kwargs or {}).items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    partial = _partial_type()
    if isinstance(func, partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    return (name if name else repr(func)) + _format_args_and_kwargs(args, kwargs) + suffix


def _partial_type():
    import functools
    return functools.partial


def _function_source(func):
    partial = _partial_type()
    while True:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None:
            break
        func = wrapped
    if isinstance(func, partial):
        return _function_source(func.func)
    if type(func).__name__ == 'function':
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    return None


def _format_callbacks(cb):
    """Mirrors base_futures._format_callbacks. A Task's wakeup is C code
    in CPython and reads `Task.task_wakeup()`."""
    def format_cb(callback):
        if getattr(callback, '__func__', None) is _task_wakeup:
            return 'Task.task_wakeup()'
        return _format_callback_source(callback, ())

    size = len(cb)
    if size == 1:
        text = format_cb(cb[0])
    elif size == 2:
        text = f'{format_cb(cb[0])}, {format_cb(cb[1])}'
    else:
        text = f'{format_cb(cb[0])}, <{size - 2} more>, {format_cb(cb[-1])}'
    return f'cb=[{text}]'


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


# === The timer heap: a native heap of (when, seq, handle) entries ===
# (`_exec.timer_heap`; `next_ready` pops it): ordered by (when, seq), and a
# 10⁵-timer heap in Python cost ~17 interpreted levels a push.

_timer_push = _exec.timer_push


# PriorityQueue's heap (its items compare with their own `<`).

def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[pos] < heap[parent]:
            heap[pos], heap[parent] = heap[parent], heap[pos]
            pos = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    pos = 0
    n = len(heap)
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[pos]:
            heap[pos], heap[child] = heap[child], heap[pos]
            pos = child
        else:
            break
    return top


# === The event loop ===

_running_loop = None
_event_loop = None


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    """Mirrors BaseEventLoop's scheduling (Lib/asyncio/base_events.py)."""

    def __init__(self):
        self._ready = _coroscope.fifo([])
        self._ready_head = 0
        # Where the running batch of ready callbacks ends (-1: none runs).
        self._batch_end = -1
        self._scheduled = _exec.timer_heap()
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        # Held weakly, as CPython's WeakSet: a generator dropped unfinished
        # reaches _asyncgen_finalizer_hook instead of staying alive here.
        self._asyncgens = _exec.asyncgen_set()
        self._asyncgens_shutdown_called = False
        self._task_factory = None
        self._wake_key = _exec.new_key()
        self._default_executor = None

    def __repr__(self):
        return f'<_UnixSelectorEventLoop running={self._running} closed={self._closed} debug={self._debug}>'

    # --- time ---

    def time(self):
        return _exec.time()

    # --- scheduling ---

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args)
        _exec.notify(self._wake_key)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        when = _exec.quantize(when)
        timer = TimerHandle(when, callback, args, self)
        self._seq += 1
        _timer_push(self._scheduled, when, self._seq, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        pass

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        global _task_counter
        self._check_closed()
        if self._task_factory is None:
            if name is None:
                # Task(coro, loop=self) for a coroutine, built in Rust.
                task = _new_task(coro, self, _task_counter + 1)
                if task is not None:
                    _task_counter += 1
                    return task
            task = Task(coro, loop=self, name=name)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # --- running ---

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        old = _running_loop
        self._running = True
        _running_loop = self
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            # _run_once's scheduling is done in Rust (stdlib/aio/run_loop.rs):
            # it hands out the callbacks one by one, to run here.
            self._batch_end = -1
            while True:
                entry = _next_ready(self)
                if type(entry) is Task:
                    # Task.__step() without an exception, inline; its
                    # prologue (the checks, the lane) was done in Rust.
                    _current_tasks[self] = entry
                    try:
                        result = entry._coro.send(None)
                    except StopIteration as stop:
                        if not _task_returned(entry, stop.value):
                            entry._step_returned(stop.value)
                    except BaseException as error:
                        entry._step_raised(error)
                    else:
                        if not _task_wait(entry, result):
                            entry._step_yielded(result)
                    finally:
                        _current_tasks.pop(self, None)
                        entry = result = None
                elif type(entry) is tuple:
                    # The loop's own (callback, arg) entry: Handle._run inlined.
                    try:
                        entry[0](entry[1])
                    except (SystemExit, KeyboardInterrupt):
                        raise
                    except BaseException as exc:
                        Handle(entry[0], (entry[1],), self)._report(exc)
                elif entry is None:
                    break
                elif entry is False:
                    self._idle()
                else:
                    entry._run()
        finally:
            self._batch_end = -1
            self._stopping = False
            self._running = False
            _running_loop = old
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so
            # there is no need to log the "destroy pending task" message.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        # A deque in CPython: cleared first to last.
        self._ready = _coroscope.fifo([])
        self._ready_head = 0
        self._batch_end = -1
        self._scheduled = _exec.timer_heap()

    # --- async generators (PEP 525), as base_events.py ---

    def _asyncgen_firstiter_hook(self, agen):
        # CPython also warns (ResourceWarning, hidden by the default
        # filters) when this happens after shutdown_asyncgens().
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        executor.shutdown(wait=False)

    def _idle(self):
        """Nothing is ready and other threads are alive: the loop's thread
        sleeps in "select" until the next timer or until another thread
        wakes it (call_soon_threadsafe)."""
        when = _exec.timer_next(self._scheduled)
        if when is not None:
            _exec.idle_until(when, self._wake_key)
        else:
            _exec.wait(self._wake_key, None, 'event loop idle: waiting for other threads', False, self._deadlock_description())

    def _deadlock_description(self):
        waiting = sorted((t for t in _all_tasks if not t.done()), key=lambda t: t._lane or 0)
        if not waiting:
            return 'the event loop (nothing to run, nothing to wait for)'
        lines = ['the event loop; its tasks wait:']
        for t in waiting:
            lines.append(f'    {t.get_name()} ({_coro_name(t._coro)}) waits on {_describe(t._fut_waiter)}')
        return '\n'.join(lines)

    # --- errors ---

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            lines.append(f'{key}: {value!r}')
        text = '\n'.join(lines) + '\n'
        if exception is not None:
            text += _exec.format_exception(exception)
            _exec.note('uncaught', f'{message}: {type(exception).__name__}: {exception}')
        _exec.stderr(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed() and False:
        _event_loop = BaseEventLoop()
    return _event_loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


# === Futures ===

def _describe(fut):
    """What a task waiting on `fut` waits on, for the trace and deadlocks."""
    if fut is None:
        return 'nothing'
    what = getattr(fut, '_what', None)
    if what:
        return what
    if isinstance(fut, Task):
        return fut.get_name()
    return 'a Future'


class Future:
    """Mirrors Lib/asyncio/futures.py's Future."""

    # The fields' initial values live on the class: an instance's dict
    # holds only what changed (each instance entry costs ~130 bytes, and
    # 10⁵ tasks are alive at once under gather).
    _asyncio_future_blocking = False
    _what = None
    _state = _PENDING
    _result = None
    _exception = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def _repr_info(self):
        # Mirrors base_futures._future_repr_info.
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        if loop._closed:
            loop._check_closed()
        ready = loop._ready
        for callback in callbacks:
            ready.append((callback, self))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            loop = self._loop
            if loop._closed:
                loop._check_closed()
            loop._ready.append((fn, self))
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    # The iterator is C's FutureIter, in Rust (stdlib/aio.rs): it yields
    # the future while pending, then gives its result.
    __await__ = _exec.__await__

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if type(fut) is Future and fut._state == _PENDING:
        # cancelled() and set_result() inlined for a plain pending Future
        # (every sleep's timer ends here).
        fut._result = result
        fut._state = _FINISHED
        fut._schedule_callbacks()
        return
    if fut.cancelled():
        return
    fut.set_result(result)


# === Tasks ===

_all_tasks = set()
_current_tasks = {}
_task_counter = 0


def _coro_name(coro):
    return getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__


class Task(Future):
    """Mirrors Lib/asyncio/tasks.py's Task: each step sends into (or throws
    into) the coroutine and decides from what it yields when to step again."""

    _must_cancel = False
    _fut_waiter = None
    _num_cancels_requested = 0
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        # Future.__init__, inlined (one call less per task).
        loop = get_event_loop() if loop is None else loop
        self._loop = loop
        self._callbacks = []
        lane_coro = coro
        if type(coro).__name__ not in ('coroutine', 'generator'):
            if not iscoroutine(coro):
                raise TypeError(f'a coroutine was expected, got {coro!r}')
            lane_coro = _coro_name(coro)
        if name is None:
            _task_counter += 1
            self._name = f'Task-{_task_counter}'
        else:
            self._name = str(name)
        self._coro = coro
        # None for asyncio.run's own shutdown tasks: they fold into the loop's lane.
        self._lane = _exec.new_task_lane(self._name, lane_coro)
        if loop._closed:
            loop._check_closed()
        loop._ready.append((self._Task__step, None))
        _all_tasks.add(self)

    def _repr_info(self):
        # Mirrors base_tasks._task_repr_info.
        info = Future._repr_info(self)
        if self._state == _PENDING and self._num_cancels_requested > 0:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro={_format_coro(self._coro)}')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def __del__(self):
        # Mirrors TaskObj_finalize: a task freed while still pending says
        # so (here only through gc.collect(): see stdlib/gc.rs).
        # Future.__del__ inlined: one call per freed task.
        if self._log_traceback:
            self._loop.call_exception_handler({
                'message': f'{type(self).__name__} exception was never retrieved',
                'exception': self._exception,
                'future': self,
            })
        elif self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'message': 'Task was destroyed but it is pending!',
                'task': self,
            })

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        if self._lane is not None:
            _exec.rename(self._lane, self._name)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._lane is not None:
            _exec.cancelled(self._lane)
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, how):
        _all_tasks.discard(self)
        self._leave('done', how)

    def _leave(self, state, detail):
        if self._lane is not None:
            _exec.leave(self._lane, state, detail, self._coro)

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        _current_tasks[loop] = self
        lane = self._lane
        if lane is not None:
            _exec.enter(lane, coro)
        # The rest is also run_forever's, for the steps it runs inline.
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if not _task_returned(self, stop.value):
                self._step_returned(stop.value)
        except BaseException as error:
            self._step_raised(error)
        else:
            if not _task_wait(self, result):
                # Any wait but the common one on a Future or Task (done in Rust).
                self._step_yielded(result)
        finally:
            _current_tasks.pop(loop, None)
            self = None

    def _step_returned(self, value):
        """The coroutine returned `value` (the cases `task_returned` leaves)."""
        lane = self._lane
        if self._must_cancel:
            self._must_cancel = False
            Future.cancel(self, msg=self._cancel_message)
            self._finish('cancelled')
        else:
            Future.set_result(self, value)
            _all_tasks.discard(self)
            if lane is not None:
                _exec.leave(lane, 'done', 'returned', self._coro)

    def _step_raised(self, error):
        """The coroutine raised `error`."""
        if isinstance(error, CancelledError):
            self._cancelled_exc = error
            Future.cancel(self)
            self._finish('cancelled')
        elif isinstance(error, (KeyboardInterrupt, SystemExit)):
            Future.set_exception(self, error)
            self._finish(f'raised {type(error).__name__}')
            raise error
        else:
            Future.set_exception(self, error)
            self._finish(f'raised {type(error).__name__}')

    def _step_yielded(self, result):
        """The coroutine yielded `result` (the cases `task_wait` leaves)."""
        loop = self._loop
        lane = self._lane
        if result is None:
            # A bare yield (sleep(0)) gives up control for one iteration.
            if loop._closed:
                loop._check_closed()
            loop._ready.append((self._Task__step, None))
            if lane is not None:
                _exec.leave(lane, 'ready', '', self._coro)
        elif getattr(result, '_asyncio_future_blocking', None) is True and result._loop is loop and result is not self:
            # The common wait, _after_yield's first case inlined.
            result._asyncio_future_blocking = False
            if (type(result) is Future or type(result) is Task) and result._state == _PENDING:
                # add_done_callback inlined, as TaskStepMethWrapper
                # does for exact Futures and Tasks (_asynciomodule.c).
                result._callbacks.append(self._Task__wakeup)
            else:
                result.add_done_callback(self._Task__wakeup)
            self._fut_waiter = result
            if lane is not None:
                _exec.leave(lane, 'waiting', getattr(result, '_what', None) or _describe(result), self._coro)
            if self._must_cancel:
                if result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        else:
            self._after_yield(result)

    def _after_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                new_exc = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self._Task__step, new_exc)
                self._leave('ready', '')
            elif blocking:
                if result is self:
                    new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self._Task__step, new_exc)
                    self._leave('ready', '')
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._Task__wakeup)
                    self._fut_waiter = result
                    self._leave('waiting', _describe(result))
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self._Task__step, new_exc)
                self._leave('ready', '')
        elif result is None:
            # A bare yield (sleep(0)) gives up control for one iteration.
            self._loop.call_soon(self._Task__step)
            self._leave('ready', '')
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._Task__step, new_exc)
            self._leave('ready', '')

    def __wakeup(self, future):
        if type(future) is Future and future._state == _FINISHED and future._exception is None:
            # A plain Future with a result (a sleep's): result() would return.
            self._Task__step()
            return
        try:
            future.result()
        except BaseException as exc:
            self._Task__step(exc)
        else:
            self._Task__step()
        self = None


_task_wakeup = Task._Task__wakeup
# Both finalisers are skipped (in Rust) for instances they'd do nothing for.
_exec.quiet_del(Future.__del__)
_exec.quiet_del(Task.__del__)
_new_task = _exec.new_task
_sleep_timer = _exec.sleep_timer
_task_wait = _exec.task_wait
_task_returned = _exec.task_returned
_next_ready = _exec.next_ready
_yield_once = _exec.yield_once


def _format_coro(coro):
    name = _coro_name(coro)
    where = _exec.code_location(coro)
    if where is None:
        return f'<{name}()>'
    filename, first, line = where
    if line < 0:
        return f'<{name}() done, defined at {filename}:{first}>'
    if line:
        return f'<{name}() running at {filename}:{line}>'
    return f'<{name}() running at {filename}:{first}>'


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    task = loop.create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    awaitable = getattr(type(coro_or_future), '__await__', None)
    if awaitable is not None:
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


def _sleep_slow(delay, result):
    """`sleep`'s future and timer when the loop or its classes are not
    exactly asyncio's own (`_sleep_timer` answered None)."""
    loop = get_running_loop()
    future = Future(loop=loop)
    future._what = f'sleep({delay})'
    # loop.call_later, inlined.
    when = _exec.quantize(_exec.time() + delay)
    handle = TimerHandle(when, _set_result_unless_cancelled, (future, result), loop)
    loop._seq += 1
    _timer_push(loop._scheduled, when, loop._seq, handle)
    handle._scheduled = True
    return future, handle


async def sleep(delay, result=None):
    """Sleeps on the virtual clock: a timer resolves a future."""
    if delay <= 0:
        # A bare yield, as CPython's __sleep0(), built in Rust.
        await _yield_once()
        return result
    # The frame stays suspended for the whole sleep (10⁵ of them under a
    # big gather): two locals besides the arguments, no leftover tuple.
    future, handle = _sleep_timer(get_running_loop(), delay, result) or _sleep_slow(delay, result)
    try:
        return await future
    finally:
        # A handle that fired is out of the heap: cancelling it only
        # cleared fields nobody reads again (one call less per sleep).
        if handle._scheduled:
            handle.cancel()


# === Combinators ===

class _GatheringFuture(Future):
    _what = 'gather()'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False
        names = ', '.join(c.get_name() if isinstance(c, Task) else 'Future' for c in children[:4])
        if len(children) > 4:
            names += ', ...'
        self._what = f'gather({names})'

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer._state != _PENDING:
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if type(fut) is Task and fut._state == _FINISHED and fut._exception is None:
                # cancelled() and exception() inlined for a Task that
                # returned (its _log_traceback is already False).
                pass
            elif fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = []
            for child in children:
                if type(child) is Task and child._state == _FINISHED and child._exception is None:
                    results.append(child._result)
                    continue
                if child.cancelled():
                    res = CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            if loop is not None and type(arg).__name__ == 'coroutine':
                # ensure_future and add_done_callback, inlined for the
                # common case: a coroutine becomes a fresh, pending Task.
                fut = loop.create_task(arg)
                if type(fut) is Task:
                    fut._callbacks.append(_done_callback)
                else:
                    fut.add_done_callback(_done_callback)
            else:
                fut = ensure_future(arg, loop=loop)
                if loop is None:
                    loop = fut._loop
                fut.add_done_callback(_done_callback)
            nfuts += 1
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


# The hot paths of tasks, sleeps, timers and gather in Rust
# (stdlib/aio.rs), for instances of exactly these classes.
_exec.aio_register(Future, Task, TimerHandle, BaseEventLoop, _set_result_unless_cancelled, _all_tasks, gather)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """3.11's wait_for: a timer releases a waiter; on timeout the inner
    future is cancelled and TimeoutError raised from the CancelledError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    waiter._what = f'wait_for(timeout={timeout})'
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    waiter._what = 'wait()'
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()
    outer._what = f'shield({_describe(inner)})'

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# === Timeouts (3.11 asyncio.timeouts) ===

class Timeout:
    __module__ = 'asyncio.timeouts'
    def __init__(self, when):
        self._state = 'CREATED'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        self._when = when
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('EXPIRING', 'EXPIRED')

    async def __aenter__(self):
        self._state = 'ENTERED'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'EXPIRING':
            self._state = 'EXPIRED'
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'ENTERED':
            self._state = 'EXITED'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'EXPIRING'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# === Synchronisation primitives (Lib/asyncio/locks.py) ===

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        return loop


class Lock(_LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock [{extra}]>'

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        fut._what = 'Lock.acquire()'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        fut._what = 'Event.wait()'
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            fut._what = 'Condition.wait()'
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_LoopBoundMixin):
    __module__ = 'asyncio.locks'
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} [{extra}]>'

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._value == 0 or (any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        fut._what = f'{type(self).__name__}.acquire()'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# === Queues (Lib/asyncio/queues.py) ===

class Barrier(_LoopBoundMixin):
    """3.11's asyncio.Barrier (Lib/asyncio/locks.py): a cyclic barrier
    built on a Condition. Its life goes filling -> draining (the last party
    arrived; the others leave) -> filling again; reset() passes through
    resetting, abort() ends in broken. The awaits sit where CPython's do,
    so parties leave in the same order (the last to arrive first)."""
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            # Wait out a draining or resetting barrier first.
            await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
            if self._state == 'broken':
                raise BrokenBarrierError('Barrier aborted')
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    # The last party out refills the barrier.
                    if self._state in ('resetting', 'draining'):
                        self._state = 'filling'
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'


class Queue(_LoopBoundMixin):
    __module__ = 'asyncio.queues'
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 64 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        return item

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} maxsize={self._maxsize!r}{self._format()}>'

    def _format(self):
        result = ''
        if self.qsize():
            result += f' _queue={self._items()!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def _items(self):
        return self._queue[self._head:]

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            putter._what = 'Queue.put()'
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            getter._what = 'Queue.get()'
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    __module__ = 'asyncio.queues'
    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)

    def qsize(self):
        return len(self._queue)

    def _items(self):
        return self._queue


class LifoQueue(Queue):
    __module__ = 'asyncio.queues'
    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()

    def qsize(self):
        return len(self._queue)

    def _items(self):
        return self._queue


# === TaskGroup (Lib/asyncio/taskgroups.py) ===

class TaskGroup:
    __module__ = 'asyncio.taskgroups'
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        return '<TaskGroup>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
                self._on_completed_fut._what = 'TaskGroup'
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# === Runner and run (Lib/asyncio/runners.py) ===

class Runner:
    __module__ = 'asyncio.runners'
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'CREATED'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'INITIALIZED':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'CLOSED'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'CLOSED':
            raise RuntimeError('Runner is closed')
        if self._state == 'INITIALIZED':
            return
        self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
        set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'INITIALIZED'


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    call = lambda: func(*args, **kwargs)
    return await loop.run_in_executor(None, call)


def wrap_future(future, *, loop=None):
    """An asyncio Future mirroring a concurrent.futures Future: the worker
    thread reports back to the loop's thread with call_soon_threadsafe."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    new_future._what = 'run_in_executor()'

    def _copy_state(source):
        if new_future.done():
            return
        if source.cancelled():
            new_future.cancel()
        elif source._exception is not None:
            new_future.set_exception(source._exception)
        else:
            new_future.set_result(source._result)

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(lambda f: loop.call_soon_threadsafe(_copy_state, f))
    return new_future


# === How our frames appear in tracebacks ===
# CPython's asyncio is Python code with its own files and lines; where an
# uncaught exception passes through it, CPython prints those frames. Ours are
# shown as CPython's own (other frames of this module are hidden, as C code is).

_LIB = '/usr/lib/python3.11/asyncio/'
_exec.tb_alias(run, 'return runner.run(main)', _LIB + 'runners.py', 190, 'return runner.run(main)')
_exec.tb_alias(Runner.run, 'return self._loop.run_until_complete(task)', _LIB + 'runners.py', 118,
               'return self._loop.run_until_complete(task)')
_exec.tb_alias(BaseEventLoop.run_until_complete, 'return future.result()', _LIB + 'base_events.py', 653,
               'return future.result()')
_exec.tb_alias(Handle._run, 'self._callback(*self._args)', _LIB + 'events.py', 80,
               'self._context.run(self._callback, *self._args)')
_exec.tb_alias(wait_for, 'raise TimeoutError() from exc', _LIB + 'tasks.py', 481,
               'raise exceptions.TimeoutError() from exc')
_exec.tb_alias(wait_for, 'return fut.result()', _LIB + 'tasks.py', 479, 'return fut.result()')
_exec.tb_alias(TaskGroup.__aexit__, 'raise me from None', _LIB + 'taskgroups.py', 145, 'raise me from None')
_exec.tb_alias(sleep, 'return await future', _LIB + 'tasks.py', 649, 'return await future')
_exec.tb_alias(sleep, '_sleep_timer(get_running_loop()', _LIB + 'tasks.py', 643, 'loop = events.get_running_loop()')
