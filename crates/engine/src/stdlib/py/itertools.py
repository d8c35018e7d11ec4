"""itertools: iterator building blocks.

Coroscope's own implementation of CPython 3.11's C module: the same
values in the same order, arguments checked when CPython checks them
(eagerly, with its messages), and count/repeat with CPython's reprs.
Most tools are generators; frames of this file never show in tracebacks.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


# ---------------------------------------------------------------- infinite

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for x in (start, step):
            if not isinstance(x, (int, float)) and not hasattr(type(x), '__add__'):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._next!r})'
        return f'{type(self).__name__}({self._next!r}, {self._step!r})'


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> object, object, ... (times times or forever)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


# ---------------------------------------------------------------- shortest input

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """chain(*iterables) --> items of the first, then of the second, ..."""
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterable):
    """chain.from_iterable(iterable) --> items of each iterable in turn."""
    return _chain_lazy(iter(iterable))


def _chain_lazy(iterables):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F"""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drops items while predicate(item) is true, then yields every item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(function, iterable):
    """Items for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        function = bool
    for x in it:
        if not function(x):
            yield x


class groupby:
    """groupby(iterable, key=None) --> (key, sub-iterator) for each run.

    Mirrors groupby_next/_grouper_next (Modules/itertoolsmodule.c): a new
    group invalidates the previous sub-iterator, values are read lazily."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._id = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._id = object()
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id:
            if self._currvalue is _MISSING:
                try:
                    self._step()
                except StopIteration:
                    return
            if not (tgtkey == self._currkey):
                return
            value = self._currvalue
            self._currvalue = _MISSING
            yield value


_MISSING = object()


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    n = len(args)
    if n == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if n > 3:
        raise TypeError(f'islice expected at most 4 arguments, got {n + 1}')
    if n == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if n == 3 else None
    if stop is not None and not (isinstance(stop, int) and 0 <= stop <= _MAXSIZE):
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    elif not (isinstance(start, int) and 0 <= start <= _MAXSIZE):
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    elif not (isinstance(step, int) and 1 <= step <= _MAXSIZE):
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, nexti, stop, step):
    # Mirrors islice_next (Modules/itertoolsmodule.c): skips up to the
    # next index, never reads past `stop`.
    cnt = 0
    while True:
        while cnt < nexti:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield item


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """starmap(pow, [(2, 5), (3, 2)]) --> 32 9"""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """Items while predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def tee(iterable, n=2):
    """Returns n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffers, buf) for buf in buffers)


def _tee(it, buffers, mine):
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for buf in buffers:
                buf.append(value)
        yield mine.pop(0)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    its = []
    for i, iterable in enumerate(iterables):
        try:
            its.append(iter(iterable))
        except TypeError:
            raise TypeError(f'zip_longest argument #{i + 1} must support iteration') from None
    return _zip_longest(its, fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    its = list(its)
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---------------------------------------------------------------- combinatorics

def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) --> a0 a1 b0 b1"""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


def permutations(iterable, r=None):
    """r-length orderings: permutations(range(3), 2) --> 01 02 10 12 20 21"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """combinations('ABCD', 2) --> AB AC AD BC BD CD"""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
