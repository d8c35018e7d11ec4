# Checks: bytearray as a learner meets it — building one (str + encoding, ints, bytes, a size, a range),
# repr/str, len, indexing and slicing, the bytes methods it shares (which give back bytearrays),
# comparisons and concatenation with bytes, `in`, hex/fromhex, decode, and the usual mistakes.
packet = bytearray(b"HELLO")
print(packet, len(packet), type(packet).__name__, str(packet), type(packet))
print(bytearray(), bytearray(4), bytearray([72, 105, 33]), bytearray("héllo", "utf-8"), bytearray(range(97, 100)))
print(packet[0], packet[-1], packet[1:3], packet[::-1], packet[::2], list(packet[:2]))
print(packet == b"HELLO", b"HELLO" == packet, packet == bytearray(b"HELLO"), packet != b"HELL", packet == "HELLO")
print(packet < b"HEM", bytearray(b"a") <= bytearray(b"a"), b"b" > bytearray(b"a"), sorted([bytearray(b"b"), b"a"]))
print(72 in packet, b"LL" in packet, bytearray(b"EL") in packet, bytearray(b"LL") in b"HELLO", 0 in packet)
print(packet.lower(), packet.upper(), packet.find(b"L"), packet.find(76, 3), packet.count(b"L"), packet.index(b"O"))
print(packet.startswith(b"HE"), packet.endswith((b"x", b"LO")), packet.isalpha(), packet.isupper(), bytearray(b"42").isdigit())
print(packet.replace(b"L", b"_"), packet.split(b"L"), bytearray(b" x y ").strip(), bytearray(b"a b  c").split(maxsplit=1))
print(bytearray(b"-").join([b"a", bytearray(b"b")]), b"+".join([bytearray(b"x"), b"y"]), bytearray(b"xx").lstrip(b"x"))
print(packet + b"!", b"!" + packet, packet * 2, 2 * bytearray(b"ab"), bytearray(b"ab") + bytearray(b"cd"))
print(packet.hex(), packet.hex(":"), bytearray.fromhex("de ad be ef"), bytes.fromhex("00ff"), bytearray(b"\x00\xff\n'\"").hex())
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"abc").decode("ascii"), bytes(packet), bytearray(packet) is packet)
print(str(bytearray(b"caf\xc3\xa9"), "utf-8"), str(b"caf\xe9", "latin-1"), bytearray("naïve", "ascii", "replace"))
print(isinstance(packet, bytearray), isinstance(packet, bytes), bytearray(b"x\x00\ty'"), repr(bytearray(b'"')))
print(bool(bytearray()), bool(bytearray(1)), list(bytearray(b"hi")), tuple(reversed(bytearray(b"abc"))))
print(f"{packet}", "%s" % packet, [bytearray(b"ab")], ord(bytearray(b"A")), max(packet), sum(bytearray(b"\x01\x02")))
for name, make in [("float", lambda: bytearray(2.5)), ("negative", lambda: bytearray(-1)), ("big item", lambda: bytearray([300])),
                   ("str no enc", lambda: bytearray("hi")), ("enc no str", lambda: bytearray(b"hi", "utf-8")),
                   ("hash", lambda: hash(bytearray(b"k"))), ("dict key", lambda: {bytearray(b"k"): 1}),
                   ("index", lambda: packet[10]), ("str index", lambda: packet["a"]), ("concat str", lambda: packet + "!"),
                   ("concat list", lambda: packet + [1]), ("times float", lambda: packet * 1.5),
                   ("bad hex", lambda: bytearray.fromhex("abc")), ("decode", lambda: bytearray(b"ok\xff").decode()),
                   ("find 300", lambda: packet.find(300)), ("find str", lambda: packet.find("L")),
                   ("index miss", lambda: packet.index(b"Z")), ("in str", lambda: "H" in packet), ("in 256", lambda: 256 in packet),
                   ("ord 2", lambda: ord(bytearray(b"ab"))), ("lt str", lambda: packet < "HELLO"),
                   ("join int", lambda: b",".join([b"a", 1])), ("split str", lambda: packet.split("L"))]:
    try:
        print(name, make())
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
