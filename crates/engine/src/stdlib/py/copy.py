"""copy: shallow and deep copies (copy, deepcopy, Error).

Coroscope's own implementation. CPython copies arbitrary objects through
the pickle protocol (__reduce_ex__); here builtin containers are copied
directly, objects with __copy__/__deepcopy__ use them, and instances of
plain classes get a new object with a copied attribute namespace.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented))


def _is_atomic(x):
    if isinstance(x, _ATOMIC) and type(x) in _ATOMIC:
        return True
    return callable(x) and type(x).__name__ in ('function', 'builtin_function_or_method', 'method')


def _new_like(x):
    """A new instance of x's class carrying x's attributes (no __init__)."""
    new = object.__new__(type(x))
    for key, value in vars(x).items():
        object.__setattr__(new, key, value)
    return new


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, tuple) and hasattr(x, '_make'):
        return x
    if isinstance(x, BaseException):
        new = cls(*x.args)
        for key, value in vars(x).items():
            object.__setattr__(new, key, value)
        return new
    if isinstance(x, (list, dict, set)):
        new = cls.__new__(cls)
        new.__init__(x)
        return new
    return _new_like(x)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x (shared and cyclic references preserved)."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        same = True
        for a, b in zip(items, x):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[key] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        elif isinstance(x, tuple) and hasattr(x, '_make'):
            y = x._make(deepcopy(item, memo) for item in x)
        elif isinstance(x, (list, dict, set)):
            y = cls.__new__(cls)
            memo[key] = y
            if isinstance(x, dict):
                for k, v in x.items():
                    dict.__setitem__(y, deepcopy(k, memo), deepcopy(v, memo))
            elif isinstance(x, list):
                for item in x:
                    list.append(y, deepcopy(item, memo))
            else:
                for item in x:
                    set.add(y, deepcopy(item, memo))
            for k, v in vars(x).items():
                object.__setattr__(y, k, deepcopy(v, memo))
        else:
            y = object.__new__(cls)
            memo[key] = y
            for k, v in vars(x).items():
                object.__setattr__(y, k, deepcopy(v, memo))
    if y is not x:
        memo[key] = y
        keep = memo.setdefault(id(memo), [])
        keep.append(x)
    return y
