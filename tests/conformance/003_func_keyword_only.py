# Checks: keyword-only parameters after * and *args, positional-only with /, and the TypeErrors for misuse.
def connect(host, *, port=80, timeout=10):
    return f"{host}:{port} (timeout={timeout})"

print(connect("example.com"))
print(connect("example.com", port=8080))
try:
    connect("example.com", 8080)
except TypeError as e:
    print("TypeError:", e)


def log(*messages, sep=" | ", level):
    print(f"[{level}]", sep.join(messages))

log("a", "b", "c", level="INFO")
try:
    log("x")
except TypeError as e:
    print("TypeError:", e)


def power(base, exp, /):
    return base ** exp

print(power(2, 10))
try:
    power(base=2, exp=3)
except TypeError as e:
    print("TypeError:", e)
