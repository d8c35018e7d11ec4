# Checks: textwrap.dedent of indented triple-quoted text and textwrap.indent with a prefix and a predicate.
import textwrap

def usage():
    return textwrap.dedent("""\
        사용법:
            coroscope run FILE
            coroscope run -
        옵션:
          --seed N
        """)

print(usage(), end="")
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(repr(textwrap.dedent("  mixed\n\tindent\n")))
