# Subclasses of the immutable builtins: the value comes from the
# constructor, and the builtin's methods, str(), len(), hash() and the
# operators work on it (str() of a str subclass overflowed the stack).
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(str(s), len(s), s.upper(), s.shout(), s + "x", s == "hello", hash(s) == hash("hello"), repr(s), type(s).__name__)
print(s.split("l"), s[1:3], "e" in s, f"{s}", s.startswith("he"), sorted(S("cba")))
class I(int):
    pass
i = I(5)
print(i + 1, i.bit_length(), str(i), repr(i), int(i), i * 2, -i, type(i + 1).__name__)
class T(tuple):
    pass
t = T((1, 2, 3))
print(len(t), t.count(1), t.index(3), t[0], list(t), t + (4,))
class F(float):
    pass
print(F(1.5).is_integer(), F(2.5) * 2)
