# A short \x escape in a bytes literal: CPython's '(value error) invalid \x
# escape at position N', not the str literal's unicode error.
data = b"ab\x4"
