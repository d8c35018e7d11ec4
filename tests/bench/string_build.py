# Bench: building strings with str.join, += and f-strings, then methods.
def build_join(n):
    return ",".join([str(i) for i in range(n)])


def build_concat(n):
    s = ""
    for i in range(n):
        s += f"{i % 10}"
    return s


def main():
    total = 0
    for _ in range(40):
        a = build_join(20_000)
        b = build_concat(20_000)
        total += len(a) + len(b) + a.count("9") + len(b.upper()[::7])
    words = "the quick brown fox jumps over the lazy dog".split()
    line = ""
    for i in range(300_000):
        line = " ".join(words[i % 5:]) + str(i)
    print(total, line)


main()
