# Checks: an exception raised inside an except* clause is combined with the unhandled rest into a new ExceptionGroup('');
# its __context__ is the matched part; the uncaught result prints with CPython 3.11's boxed group traceback.

def fetch(url):
    if url.startswith("ftp"):
        raise ValueError(f"unsupported scheme: {url}")
    if url.endswith(".bad"):
        raise ConnectionError(f"cannot reach {url}")
    return f"<page {url}>"


def fetch_all(urls):
    errors = []
    for u in urls:
        try:
            fetch(u)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("fetch failed", errors)


def retry_or_report(urls):
    try:
        fetch_all(urls)
    except* ValueError as eg:
        print("bad urls:", [str(e) for e in eg.exceptions])
        raise RuntimeError("giving up on bad urls")


try:
    retry_or_report(["ftp://a", "http://b.bad"])
except* RuntimeError as eg:
    new = eg.exceptions[0]
    print("new error:", repr(new))
    print("its context:", repr(new.__context__))
except* ConnectionError as eg:
    print("still unhandled:", repr(eg))

# Two clauses raising: both new exceptions come first, then the leftover part.
try:
    try:
        raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), KeyError("k")])
    except* ValueError:
        raise OSError("from value clause")
    except* TypeError:
        raise OSError("from type clause")
except ExceptionGroup as eg:
    print(repr(eg))
    print([type(e).__name__ for e in eg.exceptions])

# A clause raising from inside a helper; nothing else left over.
def cleanup():
    raise PermissionError("cleanup failed")

try:
    try:
        raise ValueError("plain")
    except* ValueError:
        cleanup()
except PermissionError as e:
    print("single new exception escapes unwrapped:", repr(e))

print("now uncaught:")
retry_or_report(["ftp://x", "http://y.bad", "http://z"])
