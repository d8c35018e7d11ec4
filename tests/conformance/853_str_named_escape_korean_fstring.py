# A misspelt \N{...} name after Korean text in an f-string: CPython counts
# the positions in the literal piece after the last {field}, each non-ASCII
# character as 10 bytes.
name = "코루틴"
print(f"{name}: 안녕 \N{WAVING HAND}")
