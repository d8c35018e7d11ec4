"""heapq: a binary min-heap on a plain list.

Coroscope's own implementation. The sift steps are the ones CPython 3.11
uses (Modules/_heapqmodule.c, the same as Lib/heapq.py): walk the hole to a
leaf along smaller children, then bubble the item back up. That matters
because programs print their heap lists, so the layout must match.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f'{fname}() argument 1 must be list, not {type(heap).__name__}')


def _sift_down(heap, startpos, pos):
    """Moves heap[pos] up towards startpos while it is smaller than its parent."""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    """Sinks the hole at pos to a leaf along smaller children, then places
    the item there and lets it rise."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    """Pushes item onto heap, keeping the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item off the heap."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (in one step)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest (faster than the two calls)."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Turns a list into a heap, in place, in linear time."""
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream, lazily; equal items
    come out in the order of the inputs."""
    its = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(its):
        for value in it:
            heads.append([value if key is None else key(value), order, value])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if (heads[best][0] < heads[i][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        head = heads[best]
        yield head[2]
        for value in its[head[1]]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (sorted(iterable, key)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (sorted(..., reverse=True)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
