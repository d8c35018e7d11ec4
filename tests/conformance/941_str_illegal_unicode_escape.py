# A \U escape past U+10FFFF: CPython's 'illegal Unicode character', with the
# positions of the whole escape.
print("ok")
s = "범위 밖 \U00110000"
