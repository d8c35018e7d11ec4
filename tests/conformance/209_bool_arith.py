# Checks: bool is an int subclass — arithmetic, sum of bools, comparisons, repr, and truthiness rules.
print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True == 1.0, False is not None)
print(isinstance(True, int), type(True), type(True + 0))
print(True & False, True | False, True ^ True, ~True)
print(str(True), repr(False), int(True), float(False))
scores = [88, 42, 95, 67, 59]
passed = [s >= 60 for s in scores]
print(passed, sum(passed), "명 합격")
for value in [0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), range(0)]:
    print(repr(value), bool(value))
print(bool("False"), not None, not 0, not "a")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0)
