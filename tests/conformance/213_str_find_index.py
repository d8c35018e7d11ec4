# Checks: find/rfind/index/rindex/count/startswith/endswith with ranges and tuples; index's ValueError.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.find("o", 15), s.find("o", 15, 20))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "b")), "".startswith(""), "abc".endswith(""))
print("ab" in s, "fox" in s, "Fox" in s, "" in "x")
print("aaaa".count("aa"), "mississippi".count("ss"), "mississippi".find("ss", 3))
print("안녕하세요 안녕".count("안녕"), "안녕하세요".find("하"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("abc".rindex("d"))
