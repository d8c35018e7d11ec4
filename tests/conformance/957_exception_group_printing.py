# Checks: how CPython 3.11 prints exception groups: split/subgroup/derive results, notes inside boxes, causes of members,
# at most 15 members shown ("and N more exceptions"), nesting past depth 10 cut off, and an uncaught group's full box.

def check_sensor(i):
    try:
        if i % 3 == 0:
            raise OSError(f"sensor {i} offline")
        raise ValueError(f"sensor {i} out of range")
    except OSError as e:
        raise ConnectionError(f"retry sensor {i}") from e


errors = []
for i in range(18):
    try:
        check_sensor(i)
    except Exception as e:
        errors.append(e)

readings = ExceptionGroup("sensor sweep", errors)
conn, rest = readings.split(ConnectionError)
print(len(conn.exceptions), "connection errors,", len(rest.exceptions), "others")
print(readings.subgroup(lambda e: "17" in str(e)))
print(repr(rest.derive([ValueError("x")])))
print(rest.__traceback__ is None, rest.exceptions[0].__traceback__ is not None)

note = ExceptionGroup("with notes", [KeyError("a"), ValueError("b")])
note.add_note("collected during nightly run")
note.exceptions[1].add_note("value came from sensor 2")

deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])

try:
    many = ExceptionGroup("many", [IndexError(i) for i in range(17)])
    raise ExceptionGroup("report", [note, conn, deep, many])
except* KeyError:
    print("keys handled")
