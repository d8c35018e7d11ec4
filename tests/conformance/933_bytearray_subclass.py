# Checks: a learner's bytearray subclass (a framed packet buffer): construction through __init__,
# its own repr name, methods and operators that act on the wrapped buffer, += in place, and bytes index errors.
class Packet(bytearray):
    def checksum(self):
        return sum(self) % 256

    def seal(self):
        self.append(self.checksum())
        return self

p = Packet(b"\x01\x02")
p.extend(x for x in range(3, 5))
p[0] = 9
alias = p
p += b"\x05"
print(p, type(p).__name__, alias is p, len(p), p[0], p[-2:], list(p))
print(p.seal(), p.checksum(), 9 in p, p.upper() == p, type(p.upper()).__name__, type(p + b"").__name__)
del p[0]
print(repr(p), p == bytearray(p), isinstance(p, bytearray), Packet())
for key in ["0", 10, 10 ** 20]:
    try:
        print(b"abc"[key])
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
