# Checks: a traceback passing through a list comprehension and a lambda shows their frames.
prices = {"커피": 4500, "케이크": 6000}
order = ["커피", "케이크", "쿠키"]

get_price = lambda item: prices[item]
print(sum(get_price(x) for x in order[:2]))
total = sum([get_price(x) for x in order])
print(total)
