"""enum: Enum, IntEnum, StrEnum, auto, unique.

Coroscope's own implementation. CPython builds enums with a metaclass;
Coroscope has no metaclasses, so members are made when the subclass is
created (__init_subclass__), Color(1) looks a member up in __new__,
Color['RED'] goes through __class_getitem__, and iterating, len(), `in`
and repr() of the class itself use the engine's class hooks
(__class_iter__, __class_len__, __class_repr__). Member reprs, str(),
name, value, aliases, auto() and the error messages follow CPython 3.11.
"""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'auto', 'unique', 'ReprEnum']


class auto:
    """Placeholder replaced by the next value (1, 2, 3, ... for Enum)."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % self.value


_auto_null = object()

# The classes defined here (their own __init__ is not a member initialiser).
_BASES = []


def _is_member_candidate(name, value):
    if name.startswith('_'):
        return False
    if type(value).__name__ in ('function', 'classmethod', 'staticmethod', 'property',
                                'builtin_function_or_method'):
        return False
    if isinstance(value, type):
        return False
    return True


def _mixin_type(cls):
    for base in cls.__mro__[1:]:
        if base in (int, str, float):
            return base
    return None


def _enum_repr(cls):
    return f"<enum '{cls.__name__}'>"


def _setup(cls):
    if '_member_map_' in cls.__dict__:
        return
    for base in cls.__mro__[1:]:
        if base.__dict__.get('_member_names_'):
            raise TypeError(f'{_enum_repr(cls)} cannot extend {_enum_repr(base)}')
    mixin = _mixin_type(cls)
    custom_init = None
    for klass in cls.__mro__:
        if klass is Enum or klass in _BASES:
            break
        if '__init__' in klass.__dict__:
            custom_init = klass.__dict__['__init__']
            break
    member_map = {}
    member_names = []
    value_map = {}
    last_values = []
    for name, value in list(cls.__dict__.items()):
        if not _is_member_candidate(name, value):
            continue
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(member_names), last_values[:])
            value = value.value
        args = value if isinstance(value, tuple) else (value,)
        if mixin is None:
            member = object.__new__(cls)
            member_value = value
        else:
            member = mixin.__new__(cls, *args)
            member_value = mixin(*args) if custom_init is None else value
        object.__setattr__(member, '_name_', name)
        object.__setattr__(member, '_value_', member_value)
        if custom_init is not None:
            custom_init(member, *args)
        last_values.append(value)
        existing = None
        for other in member_names:
            if member_map[other]._value_ == member_value:
                existing = member_map[other]
                break
        if existing is not None:
            member_map[name] = existing
        else:
            member_map[name] = member
            member_names.append(name)
            try:
                value_map[member_value] = member
            except TypeError:
                pass
        setattr(cls, name, member_map[name])
    cls._member_map_ = member_map
    cls._member_names_ = member_names
    cls._value2member_map_ = value_map
    cls.__members__ = member_map


class Enum:
    """Base of enumerations: class Color(Enum): RED = 1."""

    def __init_subclass__(cls, **kwargs):
        _setup(cls)

    def __new__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return _functional(cls, value, names, start)
        if isinstance(value, cls) and '_name_' in vars(value):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError, AttributeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    def __class_iter__(cls):
        members = getattr(cls, '_member_map_', {})
        return iter([members[name] for name in getattr(cls, '_member_names_', [])])

    def __class_len__(cls):
        return len(getattr(cls, '_member_names_', []))

    def __class_repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its mixin type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __new__(cls, value):
        return Enum.__new__(cls, value)

    __repr__ = Enum.__repr__

    def __init_subclass__(cls, **kwargs):
        _setup(cls)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs; auto() gives the lower-cased name."""

    def __new__(cls, value):
        return Enum.__new__(cls, value)

    __repr__ = Enum.__repr__

    def __init_subclass__(cls, **kwargs):
        _setup(cls)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


_BASES.extend([Enum, ReprEnum, IntEnum, StrEnum])


def _functional(cls, name, names, start):
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    ns = {}
    if names and isinstance(names[0], str):
        for i, member in enumerate(names):
            ns[member] = start + i
    elif isinstance(names, dict):
        ns.update(names)
    else:
        for member, value in names:
            ns[member] = value
    new = type(name, (cls,), ns)
    _setup(new)
    return new


def unique(enumeration):
    """Class decorator: ValueError if any value has an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {_enum_repr(enumeration)}: {details}')
    return enumeration
