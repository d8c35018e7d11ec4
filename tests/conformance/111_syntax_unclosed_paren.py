# Checks: an unclosed parenthesis is a SyntaxError pointing at the opening bracket.
def total(prices):
    return sum(prices

print(total([1, 2, 3]))
