# Checks: isdigit/isalpha/isalnum/isspace/isnumeric/isdecimal/isidentifier on ASCII and Korean text.
samples = ["123", "abc", "abc123", "   ", "", "한글", "12.5", "-3", "²", "a_b", "3d"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isnumeric(), s.isdecimal())
print("hello_world".isidentifier(), "2fast".isidentifier(), "변수".isidentifier())
print("abc".isascii(), "한".isascii(), "Hello!".isprintable(), "a\n".isprintable())

def parse_age(text):
    text = text.strip()
    if not text.isdigit():
        return "숫자가 아닙니다: " + text
    return int(text)

print(parse_age(" 25 "), parse_age("스물"))
