# Checks: itertools.count (start/step, floats), cycle, repeat, islice (stop, start/stop/step), takewhile/dropwhile.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1, 0.5), 4)))
print(list(islice(cycle("ABC"), 7)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(islice(range(100), 10, 20, 3)), list(islice("abcdefg", 2, None)), list(islice([1, 2], 5)))
turns = cycle(["철수", "영희", "민수"])
for round_no in range(1, 6):
    print(f"{round_no}라운드: {next(turns)}")
print(list(takewhile(lambda x: x < 10, count(1, 3))), list(dropwhile(lambda x: x < 3, [1, 5, 2, 0])))
ids = count(1000)
print(next(ids), next(ids), next(ids))
c = count(5)
print(c)
for i, ch in zip(count(1), "abc"):
    print(i, ch)
islice(count(), -1)
