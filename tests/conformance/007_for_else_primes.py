# Checks: for/else used to find primes, with break skipping the else clause.
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

for word in ["apple", "banana", "cherry"]:
    if "z" in word:
        print("found z")
        break
else:
    print("no word contains z")

for x in []:
    print("never")
else:
    print("empty loop still runs else")
