# Checks: upper/lower/title/capitalize/casefold, center/ljust/rjust/zfill with fill characters.
name = "python programming"
print(name.upper(), name.lower(), name.title(), name.capitalize())
print("ÄÖü ß".lower(), "straße".upper(), "Straße".casefold())
print("they're bill's friends".title())
print("[" + "hi".center(10) + "]", "[" + "hi".center(9, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
for item, price in [("coffee", 4500), ("cake", 6000), ("tea", 3000)]:
    print(item.ljust(8), str(price).rjust(6))
print("ABC".isupper(), "abc".islower(), "Hello World".istitle(), "a1".isupper())
