# Checks: str.format with positional, index, keyword, attribute and item fields, specs and conversions.
print("{} and {}".format("spam", "eggs"), "{1} and {0}".format("spam", "eggs"), "{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="영희", age=22), "{0[1]} {0[0]}".format(["a", "b"]))
print("{p[x]},{p[y]}".format(p={"x": 1, "y": 2}))
class Cat:
    name = "나비"
    legs = 4
print("{c.name} has {c.legs} legs".format(c=Cat()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159), "{:,}".format(10 ** 7))
print("{0!r} {0!s} {0:>5}".format("x"), "{{}} {}".format(1))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
data = {"a": 1, "b": 2}
print("{a} + {b}".format(**data), "{} {} {}".format(*"xyz"))
print(str.format("{}!", "hi"), "{:d}".format(True), "{:.1%}".format(0.987))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
"{0} {}".format(1, 2)
