# Checks: any/all on lists, generators (short-circuiting), empty iterables and strings.
print(any([0, 0, 1]), any([]), all([]), all([1, "a", [0]]), all([1, 0]))
print(any("abc"), all(""), any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))

def check(x):
    print("checking", x)
    return x > 2

print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [4, 1, 5]))
passwords = ["abc", "secret123", "P4ssword"]
for pw in passwords:
    rules = [len(pw) >= 8, any(c.isdigit() for c in pw), any(c.isupper() for c in pw)]
    print(pw, rules, "강함" if all(rules) else "약함")
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(0 in row for row in grid))
print(any(None))
