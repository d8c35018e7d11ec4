"""collections.abc: the container ABCs (Iterable, Sequence, Mapping, ...).

Coroscope's own implementation. CPython answers isinstance() for these
through ABCMeta (registration and __subclasshook__); Coroscope has no
metaclasses, so each ABC here carries an __instancecheck__ that isinstance
consults: the builtin types CPython registers, plus the same structural
checks (an object with __iter__ is Iterable, ...). Subclassing an ABC
gives its mixin methods and abstract-method checks, as in CPython.
"""

from abc import ABC, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


def _type_name(obj):
    return type(obj).__name__


def _has(obj, *names):
    cls = type(obj)
    for name in names:
        if getattr(cls, name, None) is None:
            return False
    return True


_BUILTIN_ITERABLES = (list, tuple, str, bytes, dict, set, frozenset, range)
_ITERATOR_NAMES = ('generator', 'list_iterator', 'tuple_iterator', 'str_iterator', 'range_iterator',
                   'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator',
                   'bytes_iterator', 'map', 'filter', 'zip', 'enumerate', 'reversed',
                   'list_reverseiterator', 'callable_iterator', 'iterator')
_VIEW_NAMES = ('dict_keys', 'dict_values', 'dict_items')


def _iterable(obj):
    return (isinstance(obj, _BUILTIN_ITERABLES) or _type_name(obj) in _ITERATOR_NAMES
            or _type_name(obj) in _VIEW_NAMES or _has(obj, '__iter__'))


def _iterator(obj):
    return _type_name(obj) in _ITERATOR_NAMES or _has(obj, '__iter__', '__next__')


def _sized(obj):
    return isinstance(obj, _BUILTIN_ITERABLES) or _type_name(obj) in _VIEW_NAMES or _has(obj, '__len__')


def _container(obj):
    return isinstance(obj, _BUILTIN_ITERABLES) or _type_name(obj) in _VIEW_NAMES or _has(obj, '__contains__')


def _hashable(obj):
    if _type_name(obj) in ('dict_keys', 'dict_items'):
        return False
    try:
        hash(obj)
    except TypeError:
        return False
    return True


class _ABC(ABC):
    """Base: isinstance() answers through _check (ABCs defined here only)."""

    _registered = ()

    def __instancecheck__(cls, obj):
        if cls not in _ALL:
            return False
        for klass in cls.__mro__:
            if klass in _ALL and isinstance(obj, tuple(klass.__dict__.get('_registered', ()))):
                return True
        return cls._check(obj)

    @classmethod
    def register(cls, subclass):
        cls._registered = tuple(cls.__dict__.get('_registered', ())) + (subclass,)
        return subclass

    @staticmethod
    def _check(obj):
        return False


class Hashable(_ABC):
    @abstractmethod
    def __hash__(self):
        return 0

    _check = staticmethod(_hashable)


class Iterable(_ABC):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    _check = staticmethod(_iterable)


class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    _check = staticmethod(_iterator)


class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @staticmethod
    def _check(obj):
        return isinstance(obj, (list, tuple, str, bytes, range, dict)) or _has(obj, '__reversed__', '__iter__')


class Generator(Iterator):
    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        pass

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'generator' or _has(obj, '__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABC):
    @abstractmethod
    def __len__(self):
        return 0

    _check = staticmethod(_sized)


class Container(_ABC):
    @abstractmethod
    def __contains__(self, x):
        return False

    _check = staticmethod(_container)


class Collection(Sized, Iterable, Container):
    @staticmethod
    def _check(obj):
        return _sized(obj) and _iterable(obj) and _container(obj)


class Callable(_ABC):
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    _check = staticmethod(callable)


class Awaitable(_ABC):
    @abstractmethod
    def __await__(self):
        yield

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'coroutine' or _has(obj, '__await__')


class Coroutine(Awaitable):
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        pass

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'coroutine' or _has(obj, '__await__', 'send', 'throw', 'close')


class AsyncIterable(_ABC):
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'async_generator' or _has(obj, '__aiter__')


class AsyncIterator(AsyncIterable):
    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'async_generator' or _has(obj, '__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'async_generator'


# ---------------------------------------------------------------- sets

class Set(Collection):
    """Read-only set mixins: comparisons and operators from __contains__."""

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return other.__le__(self) if isinstance(other, _ABC) else set(other) <= set(self)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        return (self - other) | self._from_iterable(value for value in other if value not in self)

    @staticmethod
    def _check(obj):
        return isinstance(obj, (set, frozenset)) or _type_name(obj) in ('dict_keys', 'dict_items')


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self

    @staticmethod
    def _check(obj):
        return isinstance(obj, set)


# ---------------------------------------------------------------- mappings

class Mapping(Collection):
    """Read-only mapping mixins from __getitem__, __iter__ and __len__."""

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

    @staticmethod
    def _check(obj):
        return isinstance(obj, dict)


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    @staticmethod
    def _check(obj):
        return _type_name(obj) in _VIEW_NAMES


class KeysView(MappingView, Set):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'dict_keys'


class ItemsView(MappingView, Set):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'dict_items'


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    @staticmethod
    def _check(obj):
        return _type_name(obj) == 'dict_values'


_MISSING = object()


class MutableMapping(Mapping):
    """Mapping mixins plus pop, popitem, clear, update and setdefault."""

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    @staticmethod
    def _check(obj):
        return isinstance(obj, dict)


# ---------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """Read-only sequence mixins from __getitem__ and __len__."""

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)

    @staticmethod
    def _check(obj):
        return isinstance(obj, (list, tuple, str, bytes, range)) or _type_name(obj) == 'deque'


class MutableSequence(Sequence):
    """Sequence mixins plus append, extend, pop, remove, reverse, +=."""

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self

    @staticmethod
    def _check(obj):
        return isinstance(obj, list) or _type_name(obj) == 'deque'


class ByteString(Sequence):
    @staticmethod
    def _check(obj):
        return isinstance(obj, bytes)


_ALL = (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection,
        Callable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Set,
        MutableSet, Mapping, MappingView, KeysView, ItemsView, ValuesView, MutableMapping,
        Sequence, MutableSequence, ByteString)
