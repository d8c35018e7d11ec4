"""inspect: the is*() predicates, getmembers, getdoc, cleandoc, and
signature() for functions written in Python.

Coroscope's own implementation of the parts of CPython 3.11's module
that need no source files or frame objects.
"""

import types

__all__ = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'iscode', 'isabstract',
           'getmembers', 'getdoc', 'cleandoc', 'signature', 'Signature', 'Parameter']

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def _unwrap_function(obj):
    while ismethod(obj):
        obj = obj.__func__
    while hasattr(obj, 'func') and hasattr(obj, 'args') and hasattr(obj, 'keywords'):
        obj = obj.func  # functools.partial
    return obj


def _has_flag(obj, flag):
    f = _unwrap_function(obj)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE) or getattr(obj, '_is_coroutine', False) is True


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, types.CoroutineType)
            or hasattr(type(obj), '__await__'))


def isabstract(obj):
    if not isinstance(obj, type):
        return False
    for klass in obj.__mro__:
        for value in klass.__dict__.values():
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Removes the indentation docstrings carry from their source."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


class _Empty:
    pass


class Parameter:
    """One parameter of a Signature."""

    empty = _Empty
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    _KIND_NAMES = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
                   'KEYWORD_ONLY', 'VAR_KEYWORD')

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        text = self.name
        if self.kind == Parameter.VAR_POSITIONAL:
            text = '*' + text
        elif self.kind == Parameter.VAR_KEYWORD:
            text = '**' + text
        if self.default is not _Empty:
            text += '=' + repr(self.default)
        return text

    def __repr__(self):
        return f'<Parameter "{self}">'


class Signature:
    """The parameters of a callable; str() gives `(a, b=1, *args)`."""

    empty = _Empty

    def __init__(self, parameters=(), return_annotation=_Empty):
        self.parameters = {p.name: p for p in parameters}
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        saw_kwonly_marker = False
        for p in self.parameters.values():
            if p.kind == Parameter.KEYWORD_ONLY and not saw_kwonly_marker:
                parts.append('*')
                saw_kwonly_marker = True
            if p.kind == Parameter.VAR_POSITIONAL:
                saw_kwonly_marker = True
            parts.append(str(p))
        return '(' + ', '.join(parts) + ')'

    def __repr__(self):
        return f'<Signature {self}>'


def signature(obj):
    """The Signature of a function written in Python (or a bound method)."""
    bound = ismethod(obj)
    func = _unwrap_function(obj)
    if not isfunction(func):
        raise ValueError(f'no signature found for {obj!r}')
    code = func.__code__
    names = list(code.co_varnames)
    argcount = code.co_argcount
    defaults = func.__defaults__ or ()
    kwdefaults = getattr(func, '__kwdefaults__', None) or {}
    kwonly = getattr(code, 'co_kwonlyargcount', 0)
    flags = code.co_flags
    params = []
    first_default = argcount - len(defaults)
    for i in range(argcount):
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(names[i], Parameter.POSITIONAL_OR_KEYWORD, default=default))
    pos = argcount
    if flags & 0x04:
        params.append(Parameter(names[argcount + kwonly], Parameter.VAR_POSITIONAL))
    for i in range(kwonly):
        name = names[pos + i]
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, default=kwdefaults.get(name, _Empty)))
    if flags & 0x08:
        index = argcount + kwonly + (1 if flags & 0x04 else 0)
        params.append(Parameter(names[index], Parameter.VAR_KEYWORD))
    if bound and params:
        params = params[1:]
    return Signature(params)
