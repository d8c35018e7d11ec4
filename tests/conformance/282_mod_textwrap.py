# Checks: textwrap.wrap and fill with width, initial/subsequent indent, shorten with placeholder, and long words.
import textwrap

text = ("Python is a programming language that lets you work quickly "
        "and integrate systems more effectively. Coroutines make it easy.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=36, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten(text, width=40, placeholder=" ..."))
print(textwrap.shorten("short", width=10), textwrap.wrap("", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
korean = "파이썬 코루틴은 제너레이터를 기반으로 구현된다 async 키워드는 문법 설탕이다"
for line in textwrap.wrap(korean, width=16):
    print(f"|{line:<16}|")
