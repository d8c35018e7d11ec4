# Checks: // and % with negative operands follow floor semantics; divmod agrees.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (13, 13)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
print(-1 % 10)
print(2 ** 70 // -3, 2 ** 70 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(10 / 4, 10 / 5, -9 / 3)
