# Checks: str.encode (utf-8, ascii errors), bytes.decode, bytes literals, indexing, slicing and repr.
text = "Hello, 세계"
data = text.encode("utf-8")
print(data, len(text), len(data))
print(data.decode("utf-8"), data.decode())
print(b"abc"[0], b"abc"[1:], b"abc" + b"def", b"ab" * 3)
print(list(b"hi"), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(b"a\x00b\n\t'", repr(b'say "hi"'), b"\xff\xfe")
print(b"hello".upper(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"hello".find(b"l"), b"hello".startswith(b"he"), b"x" in b"xyz", 104 in b"hi")
print("é".encode("utf-8"), "é".encode("latin-1"), "café".encode("ascii", "replace"))
print(bytes.fromhex("48 65 6c"), b"Hi".hex(), type(b""), b"abc" == "abc")
print(str(b"abc"), bytearray(b"ab"))
try:
    "한국".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
b"\xed\x95".decode("utf-8")
