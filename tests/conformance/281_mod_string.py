# Checks: string module constants and string.Template substitute/safe_substitute, plus capwords and a KeyError.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(string.capwords("hello   wide world"), string.capwords("a-b c", "-"))
t = string.Template("$name님, 주문하신 ${item}이(가) 준비되었습니다. 가격: $$${price}")
print(t.substitute(name="김민수", item="라떼", price=5000))
print(t.substitute({"name": "이영희", "item": "차", "price": 3000}))
print(t.safe_substitute(name="박"))
print(t.template[:5])
def is_valid_password(pw):
    return any(c in string.digits for c in pw) and any(c in string.punctuation for c in pw)
print(is_valid_password("abc1!"), is_valid_password("abcdef"))
try:
    string.Template("$who likes $what").substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
