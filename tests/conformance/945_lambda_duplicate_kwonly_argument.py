# A keyword-only or ** parameter repeating an earlier name is the same
# 'duplicate argument' SyntaxError, in a lambda as in a def.
print("never runs")
f = lambda x, *, x=1: x
