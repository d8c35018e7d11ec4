# Checks: building a string with += in a function (CPython appends in place when nothing else holds
# it) gives the same results when other names share the string, and a long loop stays fast.
def build(n):
    s = ""
    for i in range(n):
        s += "x"
    return s

def aliases():
    s = "start"
    saved = []
    for word in ["a", "b", "c"]:
        saved.append(s)
        s += word
    t = s
    s += "!"
    u = "ab"
    u += u
    return s, t, saved, u

def unicode():
    s = "é"
    for ch in "日本😀":
        s += ch
    return s, len(s)

print(len(build(400_000)))
print(aliases())
print(unicode())
total = ""
for part in ["mod", "ule", " level"]:
    total += part
print(total)
