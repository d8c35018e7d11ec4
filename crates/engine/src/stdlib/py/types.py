"""types: the types of builtin objects (FunctionType, GeneratorType,
CoroutineType, ...), SimpleNamespace and the coroutine decorator.

Coroscope's own implementation of CPython 3.11's module.
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'NoneType', 'EllipsisType', 'NotImplementedType',
           'SimpleNamespace', 'coroutine', 'MappingProxyType', 'new_class']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())

del _f, _C, _g, _c, _coro, _ag

MappingProxyType = dict


class SimpleNamespace:
    """An attribute bag: SimpleNamespace(a=1) has .a; repr namespace(a=1)."""

    def __init__(self, /, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.append(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        finally:
            _repr_running.remove(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented


_repr_running = []


class _GeneratorWrapper:
    """What a @coroutine generator function returns: awaitable."""

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self._gen.send(val)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen

    def __await__(self):
        return self._gen


def coroutine(func):
    """Makes a generator function's generators awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, GeneratorType):
            return _GeneratorWrapper(coro)
        return coro
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class with type(name, bases, ns) after exec_body(ns)."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
