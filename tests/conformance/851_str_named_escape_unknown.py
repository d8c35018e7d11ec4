# An unknown \N{...} name is a SyntaxError before anything runs.
print("this never prints")
print("\N{NO SUCH CHARACTER NAME}")
