# Checks: assert that passes, assert failing with and without a message, caught as AssertionError.
def average(values):
    assert len(values) > 0, "빈 리스트의 평균은 구할 수 없습니다"
    return sum(values) / len(values)

print(average([1, 2, 3, 4]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)

x = 5
assert x == 5
assert isinstance(x, int), "x must be int"
print("all asserts passed")
