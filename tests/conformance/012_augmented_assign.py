# Checks: augmented assignment operators on ints, floats, strings, lists, and in-place list mutation.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 10; print(n)
n /= 4; print(n)

s = "코"
s += "루틴"
s *= 2
print(s)

nums = [1, 2]
alias = nums
nums += [3]
print(nums, alias, nums is alias)

t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)

bits = 0b1100
bits |= 0b0011; print(bits)
bits &= 0b1010; print(bits)
bits ^= 0b1111; print(bits)
bits <<= 2; print(bits)
bits >>= 1; print(bits)

counts = {"a": 1}
counts["a"] += 10
print(counts)
