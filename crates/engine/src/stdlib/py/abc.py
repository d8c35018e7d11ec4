"""abc: ABC and abstractmethod.

Coroscope's own implementation. Without metaclasses, ABC checks for
abstract methods when an instance is created (where CPython's ABCMeta
check also happens), with CPython's message. register() and
__subclasshook__ are accepted but isinstance() does not consult them.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    seen = set()
    names = []
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if getattr(value, '__isabstractmethod__', False):
                names.append(name)
    return sorted(names)


class ABC:
    """Base class of abstract classes."""

    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            s = '' if len(names) == 1 else 's'
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


ABCMeta = type


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return 0
