# Checks: a bare `raise` in an except block re-raises the same exception, which then goes uncaught.
def process(values):
    results = []
    for v in values:
        try:
            results.append(100 // v)
        except ZeroDivisionError as e:
            print("로그: 0이 있습니다 ->", e)
            raise
    return results


try:
    process([1, 0])
except ZeroDivisionError as e:
    print("caller caught:", repr(e))

print(process([5, 10]))
print(process([4, 0, 2]))
