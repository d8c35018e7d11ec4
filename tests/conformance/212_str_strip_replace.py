# Checks: strip/lstrip/rstrip with and without chars, replace with count, removeprefix/removesuffix.
s = "   hello world   "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".strip("cmowz."), "123abc321".rstrip("123"))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("na", ""))
print("aaa".replace("", "-"), "hello".replace("xyz", "q"))
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"))
print("\t\n tab \n".strip() + "|")
word = "  파이썬  "
print(f"[{word.strip()}]", len(word), len(word.strip()))
print("Hello".swapcase(), "hello world".title(), "hELLO wORLD".capitalize())
print("a-b-c".replace("-", ", ", 1))
