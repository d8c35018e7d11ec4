# Checks: the seeds' generator-based coroutine idea: a running averager driven with send(), primed with next(); close() ends it.
# clock: virtual
def averager():
    total, count, average = 0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(f"send({v}) ->", avg.send(v))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("닫힌 제너레이터에 send -> StopIteration")

def delegator():
    result = yield from averager()
    return result

d = delegator()
next(d)
print(d.send(4), d.send(8))
