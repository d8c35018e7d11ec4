# Checks: &, |, ^, ~, << and >> on positive, negative and big ints; bin/hex/oct output.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 5)
print(~0, ~-1, -5 & 0xFF, -5 | 2)
print(hex(255), oct(8), bin(-5), hex(-255))
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
print((255).bit_length(), (0).bit_length(), (-8).bit_length())
flags = 0
for bit in (0, 2, 5):
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags >> i & 1])
