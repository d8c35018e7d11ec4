# Checks: string.Template $$ escapes, ${} braces, identifiers stopping at non-ASCII, safe_substitute, get_identifiers/is_valid, invalid placeholders, and an uncaught KeyError.
from string import Template, capwords, ascii_uppercase, digits, printable

t = Template("${user}님의 잔액: $$$amount (수수료 $fee%)")
print(t.substitute(user="민수", amount=1200, fee=3))
print(t.safe_substitute(user="지영"), t.get_identifiers(), t.is_valid())
print(Template("$a$b ${a}x $a_b").substitute(a=1, b=2, a_b=3))
print(Template("$이름").safe_substitute(), Template("$name이").substitute(name="그"))
for bad in ["cost: $5", "line1\n  ${ x}", "trailing $"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
print(Template("$x").substitute({"x": "dict"}, x="kw"), Template("no placeholders").substitute())
print(capwords("  hello,   big WORLD  "), capwords("kim-lee park", "-"), len(printable), ascii_uppercase[:5], digits[::3])
try:
    Template("$who and $what").substitute(who="나")
except KeyError as e:
    print("KeyError:", e)
Template("$x").substitute(x=[][0])
