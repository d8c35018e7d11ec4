# Checks: if/elif/else chains, truthiness of common values, and nested conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

for s in [95, 85, 72, 40, 90, 80]:
    print(s, "점 ->", grade(s))

for value in [0, 1, "", "a", [], [0], {}, None, 0.0, -1]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

age, member = 20, True
if age >= 19:
    if member:
        print("성인 회원")
    else:
        print("성인 비회원")
else:
    print("미성년자")
