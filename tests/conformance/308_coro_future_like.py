# Checks: a Future-like awaitable that yields itself; a mini loop sets its result and resumes the coroutine like Task.__step.
class Future:
    def __init__(self, label):
        self.label = label
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result

async def order(menu):
    print(f"{menu} 주문")
    price = await Future(f"{menu} 가격 조회")
    print(f"{menu} 가격: {price}")
    paid = await Future("결제")
    return f"{menu} 완료 ({paid})"

answers = {"김밥 가격 조회": 3000, "결제": "카드"}
coro = order("김밥")
try:
    fut = coro.send(None)
    while True:
        print("loop: waiting on", fut.label)
        fut.result, fut.done = answers[fut.label], True
        fut = coro.send(None)
except StopIteration as stop:
    print(stop.value)

ready = Future("이미 완료")
ready.result, ready.done = "즉시", True

async def quick():
    return await ready

try:
    quick().send(None)
except StopIteration as stop:
    print("no suspension:", stop.value)
