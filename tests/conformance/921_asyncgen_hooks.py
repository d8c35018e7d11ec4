# Checks: sys.set_asyncgen_hooks/get_asyncgen_hooks (PEP 525): firstiter runs at the first __anext__/asend/aclose, not at creation; the finalizer gets an async generator dropped unfinished; without hooks a dropped one is closed on the spot, and aclose() on one that yields in its finally raises RuntimeError.
import sys

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "end"

async def letters(tag):
    try:
        for ch in "abc":
            yield ch
    finally:
        print(f"  {tag}: finally")

print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
seen = []

def first(agen):
    print("  firstiter:", agen.__qualname__)
    seen.append(agen)

def final(agen):
    print("  finalizer:", agen.__qualname__)
    print("  closing it:", step(agen.aclose()))

sys.set_asyncgen_hooks(firstiter=first, finalizer=final)
print(sys.get_asyncgen_hooks()[0] is first)
g = letters("g")
print("created")
print(step(g.__anext__()))
print(step(g.asend(None)))
seen.clear()
print("dropping g")
del g
print("dropped")

h = letters("h")
print(step(h.__anext__()))
print(step(h.aclose()))
seen.clear()
del h
print("h was closed: no finalizer")

sys.set_asyncgen_hooks(None, None)
k = letters("k")
print(step(k.__anext__()))
print("dropping k without hooks")
del k
print("dropped k")

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
print(step(s.__anext__()))
try:
    step(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(finalizer="x", firstiter=3)
except TypeError as e:
    print("TypeError:", e)
