# Checks: bytearray as a mutable buffer — item and slice assignment, del, append/extend/insert/pop/remove/
# clear/copy/reverse, += and *= keeping identity (aliases see it), mutation while iterating, and the errors.
import copy

buf = bytearray(b"hello world")
alias = buf
buf[0] = ord("H")
buf[6:11] = b"WORLD"
print(buf, alias is buf, alias)
buf[5:6] = b", "
print(buf, len(buf))
buf[-1:] = []
buf[0:0] = bytearray(b">> ")
buf[3:3] = [40, 41]
buf[len(buf):] = range(49, 52)
print(buf)
buf[::2] = b"_" * len(buf[::2])
print(buf)
del buf[0]
del buf[::3]
del buf[-2:]
print(buf, alias)

log = bytearray()
for chunk in [b"GET ", bytearray(b"/index"), b".html"]:
    log += chunk
log.append(10)
log.extend(b"Host: x")
log.extend([13, 10])
log.extend(range(65, 68))
log.extend(bytearray(b"!"))
log.insert(0, 62)
log.insert(-100, 60)
log.insert(100, 33)
print(log)
print(log.pop(), log.pop(0), log.pop(-1), log)
log.remove(ord("G"))
print(log, log.copy() == log, log.copy() is log)
log.reverse()
print(log)

twice = bytearray(b"ab")
same = twice
twice *= 3
print(twice, same is twice, same)
twice += b"!"
print(same)
twice.clear()
print(twice, len(same), same == b"")
shallow = copy.copy(bytearray(b"cp"))
deep = copy.deepcopy([bytearray(b"dp")])
print(shallow, deep)

# The iterator reads the buffer live, as CPython's does.
grow = bytearray(b"abc")
for i, byte in enumerate(grow):
    print(i, byte)
    if len(grow) < 6:
        grow.append(byte + 3)
print(grow)
shrink = bytearray(b"xyzw")
for byte in shrink:
    print(chr(byte), end=" ")
    del shrink[0]
print(shrink)

# A checksum over a mutable packet, the way a learner writes one.
frame = bytearray(8)
for i in range(len(frame)):
    frame[i] = (i * 37) % 256
frame[-1] = sum(frame[:-1]) % 256
print(frame.hex(" "), frame[-1] == sum(frame[:-1]) % 256)

b = bytearray(b"abc")
def set_item(key, value):
    b[key] = value
def del_item(key):
    del b[key]
def grow_by(value):
    global b
    b += value
attempts = [
    ("set 256", lambda: set_item(0, 256)), ("set -1", lambda: set_item(0, -1)), ("set bytes", lambda: set_item(0, b"x")),
    ("set out of range", lambda: set_item(5, 1)), ("set float key", lambda: set_item(1.0, 1)),
    ("set slice int", lambda: set_item(slice(0, 1), 5)), ("set slice str", lambda: set_item(slice(0, 1), "x")),
    ("set slice bad", lambda: set_item(slice(0, 1), [256])), ("set extended", lambda: set_item(slice(None, None, 2), b"xyz")),
    ("append 256", lambda: b.append(256)), ("append str", lambda: b.append("a")), ("append none", lambda: b.append()),
    ("extend int", lambda: b.extend(5)), ("extend str", lambda: b.extend("ab")), ("extend bad", lambda: b.extend([1, 300])),
    ("pop empty", lambda: bytearray().pop()), ("pop far", lambda: b.pop(10)), ("remove missing", lambda: b.remove(120)),
    ("remove 300", lambda: b.remove(300)), ("insert 256", lambda: b.insert(0, 256)), ("insert one arg", lambda: b.insert(0)),
    ("del far", lambda: del_item(10)), ("del str", lambda: del_item("a")), ("+= str", lambda: grow_by("x")),
    ("+= list", lambda: grow_by([1])),
]
for label, action in attempts:
    try:
        action()
        print(label, "ok", b)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(b)
