# Checks: chr/ord round trips, Caesar cipher with ord arithmetic, format() builtin with specs, and chr/ord errors.
print(ord("A"), ord("a"), ord("0"), ord("\n"), ord("가"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(0xAC00), chr(128512))

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print(format(42), format(42, "b"), format(3.14159, ".2f"), format("hi", "^6"), format(1234567, ","))
print(format(0.5, "%"), format(255, "#x"), format(-7, "+05d"), format(True, "d"), format("x", ""))
print([chr(c) for c in range(ord("a"), ord("f"))])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
format("x", "d")
