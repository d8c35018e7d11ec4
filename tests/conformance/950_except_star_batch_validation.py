# Checks: except* on a learner's batch validator: the group is split by each clause (nested groups too), handlers run in order,
# a naked exception is wrapped in ExceptionGroup(''), the unhandled rest reaches the outer try, else/finally run, names are unbound after.

class ValidationError(ValueError):
    pass


def validate(record):
    name, age = record
    if not name:
        raise ValidationError("name is empty")
    if not isinstance(age, int):
        raise TypeError(f"age must be int, got {type(age).__name__}")
    if age < 0:
        raise ValidationError(f"age {age} is negative")
    return name.title()


def validate_all(records):
    errors = []
    good = []
    for r in records:
        try:
            good.append(validate(r))
        except (ValueError, TypeError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad records", errors)
    return good


records = [("ada", 36), ("", 5), ("bob", "ten"), ("eve", -1), ("cy", 7)]

try:
    print(validate_all(records))
except* ValidationError as eg:
    print("validation problems:")
    for e in eg.exceptions:
        print("  -", e)
except* TypeError as eg:
    print("type problems:", [str(e) for e in eg.exceptions])
    print("group message kept:", eg.message)

try:
    print(validate_all([("ann", 1)]))
except* ValueError:
    print("not reached")
else:
    print("else: everything valid")
finally:
    print("finally runs either way")

# The part no clause matches goes on to the enclosing handler.
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("disk"), ExceptionGroup("inner", [KeyError("k2"), ZeroDivisionError()])])
    except* KeyError as eg:
        print("keys:", repr(eg))
except* OSError as eg:
    print("outer OSError:", repr(eg))
except* ArithmeticError as eg:
    print("outer arithmetic:", repr(eg))

# A plain exception is wrapped so the handler always sees a group.
try:
    int("forty-two")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions)

try:
    raise RuntimeError("not matched")
except* KeyError:
    print("not reached")
except* Exception as eg:
    print("catch-all:", repr(eg))

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as eg:
    pass
try:
    print(eg)
except NameError as e:
    print("NameError:", e)

# Bare raise hands the matched part back; it rejoins the rest in its original shape.
try:
    try:
        raise ExceptionGroup("jobs", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
    except* ValueError as eg:
        print("logging", len(eg.exceptions), "value errors, then re-raising")
        raise
except ExceptionGroup as eg:
    print("re-raised as:", repr(eg))

# Each clause runs at most once, for all the exceptions it matches.
calls = []
try:
    raise ExceptionGroup("many", [IndexError(i) for i in range(4)] + [KeyError("x")])
except* LookupError as eg:
    calls.append(len(eg.exceptions))
except* KeyError:
    calls.append("never: the first clause took them")
print("calls:", calls)

# except* with a tuple of types
try:
    raise ExceptionGroup("io", [FileNotFoundError("a.txt"), PermissionError("b.txt"), EOFError()])
except* (FileNotFoundError, PermissionError) as eg:
    print("file errors:", [type(e).__name__ for e in eg.exceptions])
except* EOFError:
    print("eof")

# Invalid clause types are TypeErrors raised by the clause.
for bad in [ExceptionGroup, (KeyError, BaseExceptionGroup), int]:
    try:
        try:
            raise KeyError("k")
        except* bad:
            print("not reached")
    except TypeError as e:
        print("TypeError:", e)
