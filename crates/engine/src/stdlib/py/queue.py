"""queue: thread-safe FIFO, LIFO and priority queues for simulated threads."""

import _exec
import threading

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self._not_empty = _exec.new_key()
        self._not_full = _exec.new_key()
        self._all_done = _exec.new_key()
        self.unfinished_tasks = 0

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            _exec.notify(self._all_done)
        self.unfinished_tasks = unfinished

    def join(self):
        while self.unfinished_tasks:
            _exec.wait(self._all_done, None, 'Queue.join()')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                while self._qsize() >= self.maxsize:
                    _exec.wait(self._not_full, None, 'Queue.put()')
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _exec.time() + timeout
                while self._qsize() >= self.maxsize:
                    remaining = endtime - _exec.time()
                    if remaining <= 0.0:
                        raise Full
                    _exec.wait(self._not_full, remaining, 'Queue.put()')
        self._put(item)
        self.unfinished_tasks += 1
        _exec.notify(self._not_empty, 1)

    def get(self, block=True, timeout=None):
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            while not self._qsize():
                _exec.wait(self._not_empty, None, 'Queue.get()')
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            endtime = _exec.time() + timeout
            while not self._qsize():
                remaining = endtime - _exec.time()
                if remaining <= 0.0:
                    raise Empty
                _exec.wait(self._not_empty, remaining, 'Queue.get()')
        item = self._get()
        _exec.notify(self._not_full, 1)
        return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)


class PriorityQueue(Queue):
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort()

    def _get(self):
        return self.queue.pop(0)


class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()


class SimpleQueue(Queue):
    def __init__(self):
        super().__init__(0)
