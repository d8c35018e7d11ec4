# Checks: %-formatting and str.format with positional, keyword, index and attribute fields.
name, score = "철수", 92.456
print("%s님의 점수: %.1f점" % (name, score))
print("%d%% 완료, %5d|%-5d|%05.1f" % (75, 42, 42, 3.14159))
print("%r vs %s" % ("따옴표", "따옴표"))
print("%(who)s likes %(what)s" % {"who": "코로", "what": "파이썬"})
print("%x %o %e %c" % (255, 8, 12345.678, 65))
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("가", "나"))
print("{name} is {age} years old".format(name="지수", age=20))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {:08.2f}".format(2 / 3, 1234567, -3.5))


class P:
    x, y = 1, 2


print("({p.x}, {p.y}) {d[key]} {l[1]}".format(p=P(), d={"key": "값"}, l=[10, 20]))
try:
    print("%d" % "숫자아님")
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
