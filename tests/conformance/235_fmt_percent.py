# Checks: %-formatting — %d %i %s %r %f %5.2f %e %x %X %o %c %-10s %% and dict-based %(name)s, plus errors.
print("%d + %d = %d" % (2, 3, 5))
print("%s is %r" % ("name", "name"), "%s" % [1, 2], "%s" % (("tuple",),))
print("[%5.2f] [%-8.3f] [%08.2f] [%+d] [% d]" % (3.14159, 2.5, -1.5, 7, 7))
print("[%10s] [%-10s] [%.2s] [%5d] [%-5d] [%05d]" % ("right", "left", "trunc", 42, 42, 42))
print("%x %X %#x %o %#o %e %.2E %g" % (255, 255, 255, 8, 8, 12345.678, 0.000123, 1e-5))
print("%c%c %i %3d%%" % (72, "i", 7.9, 50))
print("%(name)s: %(age)d살" % {"name": "철수", "age": 20})
print("%s" % None, "%d" % True, "%.1f" % 2, "%s" % 3.0, "%r" % 1.5)
print("%5s|%-5s|" % ("한글", "한글"))
print("100%" if True else "", "%%d" % ())
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
print("%s %s" % (1, 2, 3))
