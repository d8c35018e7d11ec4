# Checks: textwrap with hyphenated words, break_on_hyphens=False, break_long_words=False, max_lines with a placeholder, fix_sentence_endings, tabs, and TextWrapper reuse.
import textwrap

text = "A well-known state-of-the-art algorithm re-uses pre-computed look-up tables efficiently."
for width in (12, 20, 33):
    print(textwrap.wrap(text, width))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap("pneumonoultramicroscopic silicovolcanoconiosis", 10, break_long_words=False))
print(textwrap.fill("one two three four five six seven eight nine ten", width=15, max_lines=2))
print(textwrap.fill("one two three four five six seven eight nine ten", width=15, max_lines=2, placeholder="…"))
print(textwrap.wrap("Hi there. How are you? Fine.", 40, fix_sentence_endings=True))
print(textwrap.wrap("col1\tcol2\tcol3", 12), textwrap.wrap("col1\tcol2", 40, expand_tabs=False, replace_whitespace=False))
wrapper = textwrap.TextWrapper(width=18, initial_indent="- ", subsequent_indent="  ")
for item in ["첫 번째 할 일은 장보기 그리고 요리", "short"]:
    print(wrapper.fill(item))
print(textwrap.shorten("Hello   world!  This is a   test", 15), textwrap.shorten("가나다 라마바 사아자", 8, placeholder="..."))
print(repr(textwrap.indent("a\n  b\n\nc", "  ")), repr(textwrap.dedent("\t\tx\n\t\t  y\n")))
try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print("ValueError:", e)
