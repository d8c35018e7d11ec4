"""dataclasses: @dataclass, field, fields, asdict, astuple, replace,
is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING.

Coroscope's own implementation of CPython 3.11's Lib/dataclasses.py
semantics. As in CPython, __init__ is generated as source and executed, so
a bad call gets the interpreter's own argument errors
(`Item.__init__() missing 1 required positional argument: 'price'`).
"""

import _coroscope
import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ only."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = '_FIELD'
_FIELD_CLASSVAR = '_FIELD_CLASSVAR'
_FIELD_INITVAR = '_FIELD_INITVAR'


class Field:
    """What field() returns; fields() lists them."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Customises one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    name = getattr(annotation, '_name', None)
    origin = getattr(annotation, '__origin__', None)
    return name == 'ClassVar' or getattr(origin, '_name', None) == 'ClassVar'


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only, class_dict):
    default = class_dict.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _is_mutable_default(value):
    return isinstance(value, (list, dict, set)) or type(value).__hash__ is None


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _init_source(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, ns):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f'{f.name}=_HAS_DEFAULT_FACTORY'
        return f'{f.name}=_dflt_{f.name}'

    def assign(name, value):
        if frozen:
            return f'  _object_setattr({self_name}, {name!r}, {value})'
        return f'  {self_name}.{name}={value}'

    lines = []
    for f in fields:
        if f.default_factory is not MISSING:
            ns[f'_dflt_{f.name}'] = f.default_factory
            if f.init:
                value = f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            if f.default is not MISSING:
                ns[f'_dflt_{f.name}'] = f.default
            value = f.name
        elif f.default is not MISSING:
            # init=False with a default: the class attribute supplies it.
            continue
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        lines.append(assign(f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        lines.append(f'  {self_name}.__post_init__({initvars})')
    if not lines:
        lines = ['  pass']
    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    # Laid out as CPython lays out its generated functions, so a traceback
    # through __init__ names the same `File "<string>", line N`.
    return _wrapped_source('__init__', ', '.join(params), lines)


def _wrapped_source(name, params, body):
    return (f'def __create_fn__():\n def {name}({params}):\n'
            + '\n'.join(body) + f'\n return {name}\n')


def _compile(name, params, body, ns):
    _coroscope.exec(_wrapped_source(name, params, body), ns)
    return ns['__create_fn__']()


def _tuple_of(obj, names):
    return tuple(getattr(obj, name) for name in names)


def _make_repr(cls, names):
    running = []

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.append(key)
        try:
            body = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        finally:
            running.remove(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) == _tuple_of(other, names)
        return NotImplemented
    return __eq__


def _make_order(op, names):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = _tuple_of(self, names), _tuple_of(other, names)
            if op == '<':
                return a < b
            if op == '<=':
                return a <= b
            if op == '>':
                return a > b
            return a >= b
        return NotImplemented
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(_tuple_of(self, names))
    return __hash__


def _make_frozen(cls, names):
    # Generated code, as in CPython: the raise is `File "<string>", line 4`.
    ns = {'__name__': cls.__module__, 'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    fields = repr(tuple(names))
    setter = _compile('__setattr__', 'self, name, value', [
        f'  if type(self) is cls or name in {fields}:',
        '   raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        '  super(cls, self).__setattr__(name, value)'], ns)
    deleter = _compile('__delattr__', 'self, name', [
        f'  if type(self) is cls or name in {fields}:',
        '   raise FrozenInstanceError(f"cannot delete field {name!r}")',
        '  super(cls, self).__delattr__(name)'], ns)
    return setter, deleter


def _set_method(cls, name, func, overwrite=False):
    """Sets a generated method unless the class body defines one."""
    if not overwrite and name in cls.__dict__:
        return True
    func.__name__ = name
    func.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, func)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in reversed(cls.__mro__[1:]):
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dataclass_params__['frozen']:
                any_frozen_base = True

    class_dict = cls.__dict__
    annotations = class_dict.get('__annotations__', {})
    own = []
    default_kw_only = kw_only
    for name, a_type in annotations.items():
        if _is_kw_only(a_type):
            default_kw_only = True
            continue
        own.append(_get_field(cls, name, a_type, default_kw_only, class_dict))
    for f in own:
        fields[f.name] = f
        if isinstance(class_dict.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in class_dict.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                                'unsafe_hash': unsafe_hash, 'frozen': frozen}

    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type is _FIELD]
    class_hash = class_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in class_dict))

    if init:
        init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std, kw = _fields_in_init_order(init_fields)
        names = [f.name for f in init_fields]
        self_name = '__dataclass_self__' if 'self' in names else 'self'
        ns = {'__name__': cls.__module__, 'MISSING': MISSING,
              '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
              '_object_setattr': object.__setattr__}
        source = _init_source(cls, init_fields, std, kw, frozen,
                              hasattr(cls, '__post_init__'), self_name, ns)
        _coroscope.exec(source, ns)
        _set_method(cls, '__init__', ns['__create_fn__'](), overwrite=True)

    if repr:
        _set_method(cls, '__repr__', _make_repr(cls, [f.name for f in real if f.repr]))

    compare_names = [f.name for f in real if f.compare]
    if eq:
        _set_method(cls, '__eq__', _make_eq(compare_names))

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_method(cls, name, _make_order(op, compare_names)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, [f.name for f in real])
        for name, func in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_method(cls, name, func):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hash_names = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        _set_method(cls, '__hash__', _make_hash(hash_names), overwrite=True)
    elif eq and frozen:
        if not has_explicit_hash:
            _set_method(cls, '__hash__', _make_hash(hash_names), overwrite=True)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args and '__match_args__' not in class_dict:
        cls.__match_args__ = tuple(f.name for f in std) if init else tuple(f.name for f in real if f.init and not f.kw_only)

    if '__doc__' not in class_dict or class_dict.get('__doc__') is None:
        try:
            params = ', '.join(f.name for f in real)
            cls.__doc__ = f'{cls.__name__}({params})'
        except (TypeError, ValueError):
            cls.__doc__ = ''
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (type or instance), as Field objects."""
    try:
        fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Creates a dataclass from (name, type[, Field]) specs."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases or (object,), namespace)
    return dataclass(cls, **options)
