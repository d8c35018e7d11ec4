# Checks: IndexError messages for list, tuple, str, range, pop from empty list, and assignment out of range.
def attempt(label, fn):
    try:
        fn()
    except IndexError as e:
        print(f"{label}: {e}")


data = [1, 2, 3]
attempt("list", lambda: data[3])
attempt("list neg", lambda: data[-4])
attempt("tuple", lambda: (1, 2)[5])
attempt("str", lambda: "한글"[2])
attempt("range", lambda: range(3)[3])
attempt("pop", lambda: [].pop())
attempt("pop idx", lambda: [1].pop(5))


def assign():
    data[10] = 0

attempt("assign", assign)
print(data[1:100], "slices never raise")
print(data[3])
