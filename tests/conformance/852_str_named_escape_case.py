# Rule-made names (Hangul syllables) are case-sensitive in CPython, unlike
# the listed names: this is a SyntaxError.
print("\N{hangul syllable ga}")
