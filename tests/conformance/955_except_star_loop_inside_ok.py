# Checks: break/continue in a loop that sits inside an except* clause are fine, and so is return in the try body
# or in a function defined inside the clause; await-free code only.

def retry_counts(eg):
    counts = {}
    for e in eg.exceptions:
        name = type(e).__name__
        if name == "StopIteration":
            break
        if name in counts:
            counts[name] += 1
            continue
        counts[name] = 1
    return counts


def parse(text):
    try:
        return int(text)
    except* ValueError as eg:
        def describe():
            return f"{len(eg.exceptions)} error(s)"
        print("could not parse", repr(text), "-", describe())
    return None


print(parse("12"), parse("twelve"))
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2), KeyError(3), StopIteration(), ValueError(4)])
except* Exception as eg:
    while True:
        print(retry_counts(eg))
        break
