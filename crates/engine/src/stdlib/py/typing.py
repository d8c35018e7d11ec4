"""typing: the names type hints use (List, Dict, Optional, Union, Any,
Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, ...), with
CPython 3.11's reprs (`typing.List[int]`, `typing.Optional[str]`).

Coroscope's own, deliberately small implementation: hints are evaluated
and printable, but nothing checks them (as in CPython).
"""

import collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, str):
        return f'ForwardRef({obj!r})'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _args(params):
    return params if isinstance(params, tuple) else (params,)


class _Special:
    """A special form or bare generic (typing.Any, typing.List, ...)."""

    def __init__(self, name, origin=None, getitem=None):
        self._name = name
        self.__origin__ = origin
        self._getitem = getitem

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'typing.{self._name} is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _Alias:
    """A subscripted hint: typing.List[int], typing.Union[int, str], ..."""

    def __init__(self, name, origin, args, text=None):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._text = text

    def __repr__(self):
        if self._text is not None:
            return self._text
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _Alias(self._name, self.__origin__, _args(params))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


def _generic(self, params):
    return _Alias(self._name, self.__origin__, _args(params))


def _flatten_union(params):
    out = []
    for p in _args(params):
        if p is None:
            p = type(None)
        if isinstance(p, _Alias) and p.__origin__ is Union:
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in out:
                out.append(m)
    return tuple(out)


def _union(self, params):
    args = _flatten_union(params)
    if len(args) == 1:
        return args[0]
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return _Alias('Optional', Union, args, f'typing.Optional[{_type_repr(other)}]')
    return _Alias('Union', Union, args)


def _optional(self, params):
    return _union(self, (params, None))


def _callable(self, params):
    args, result = params
    if args is ...:
        text = f'typing.Callable[..., {_type_repr(result)}]'
        return _Alias('Callable', collections_abc_callable, (..., result), text)
    text = f"typing.Callable[[{', '.join(_type_repr(a) for a in args)}], {_type_repr(result)}]"
    return _Alias('Callable', collections_abc_callable, tuple(args) + (result,), text)


def _literal(self, params):
    args = _args(params)
    return _Alias('Literal', None, args, f"typing.Literal[{', '.join(repr(a) for a in args)}]")


def _wrapper(self, params):
    return _Alias(self._name, self, _args(params))


def collections_abc_callable(*args, **kwargs):
    raise TypeError('Type Callable cannot be instantiated')


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
Union = _Special('Union', None, _union)
Optional = _Special('Optional', None, _optional)
Callable = _Special('Callable', None, _callable)
Literal = _Special('Literal', None, _literal)
ClassVar = _Special('ClassVar', None, _wrapper)
Final = _Special('Final', None, _wrapper)
Annotated = _Special('Annotated', None, _wrapper)
Type = _Special('Type', type, _generic)
List = _Special('List', list, _generic)
Dict = _Special('Dict', dict, _generic)
Set = _Special('Set', set, _generic)
FrozenSet = _Special('FrozenSet', frozenset, _generic)
Tuple = _Special('Tuple', tuple, _generic)
DefaultDict = _Special('DefaultDict', collections.defaultdict, _generic)
OrderedDict = _Special('OrderedDict', collections.OrderedDict, _generic)
Counter = _Special('Counter', collections.Counter, _generic)
Deque = _Special('Deque', collections.deque, _generic)
ChainMap = _Special('ChainMap', collections.ChainMap, _generic)
Iterable = _Special('Iterable', None, _generic)
Iterator = _Special('Iterator', None, _generic)
Generator = _Special('Generator', None, _generic)
Sequence = _Special('Sequence', None, _generic)
MutableSequence = _Special('MutableSequence', None, _generic)
Mapping = _Special('Mapping', None, _generic)
MutableMapping = _Special('MutableMapping', None, _generic)
AbstractSet = _Special('AbstractSet', None, _generic)
MutableSet = _Special('MutableSet', None, _generic)
Collection = _Special('Collection', None, _generic)
Container = _Special('Container', None, _generic)
Hashable = _Special('Hashable')
Sized = _Special('Sized')
Reversible = _Special('Reversible', None, _generic)
Awaitable = _Special('Awaitable', None, _generic)
Coroutine = _Special('Coroutine', None, _generic)
AsyncIterable = _Special('AsyncIterable', None, _generic)
AsyncIterator = _Special('AsyncIterator', None, _generic)
AsyncGenerator = _Special('AsyncGenerator', None, _generic)
ContextManager = _Special('ContextManager', None, _generic)
AsyncContextManager = _Special('AsyncContextManager', None, _generic)
Text = str
AnyStr = None


class TypeVar:
    """A type variable: TypeVar('T') prints as ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class Generic:
    """Base of generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _Alias(cls.__name__, cls, _args(params),
                      f"{cls.__module__}.{cls.__qualname__}[{', '.join(_type_repr(a) for a in _args(params))}]")


class Protocol(Generic):
    """Base of structural protocols (not checked)."""


def runtime_checkable(cls):
    return cls


class NamedTuple(tuple):
    """class P(NamedTuple): x: int — a namedtuple from annotations."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return collections.namedtuple(typename, [name for name, _ in fields])

    def __init_subclass__(cls, **kwargs):
        annotations = cls.__dict__.get('__annotations__', {})
        names = list(annotations)
        defaults = []
        for name in names:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError(f'Non-default namedtuple field {name} cannot follow default field'
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(names[:len(defaults)])}")
        nt = collections.namedtuple(cls.__name__, names, defaults=defaults)
        for key, value in nt.__dict__.items():
            if key not in ('__doc__', '__module__', '__dict__', '__weakref__', '__slots__', '__qualname__'):
                setattr(cls, key, value)
        cls.__annotations__ = annotations


class TypedDict(dict):
    """class Movie(TypedDict): ... — instances are plain dicts."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (bases first) or function."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None) if isinstance(tp, (_Alias, _Special)) else None


def get_args(tp):
    return getattr(tp, '__args__', ()) if isinstance(tp, _Alias) else ()
