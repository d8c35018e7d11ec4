# Checks: `await` on a custom object with __await__ (a generator); yielded values reach the driver, sent values come back as results.
class Ask:
    def __init__(self, question):
        self.question = question
    def __await__(self):
        answer = yield self.question
        return answer.upper()

async def interview():
    name = await Ask("이름은?")
    lang = await Ask("좋아하는 언어는?")
    return f"{name} likes {lang}"

coro = interview()
question = coro.send(None)
answers = {"이름은?": "kim", "좋아하는 언어는?": "python"}
while True:
    print("driver got:", question)
    try:
        question = coro.send(answers[question])
    except StopIteration as stop:
        print("result:", stop.value)
        break

class Ready:
    def __await__(self):
        return iter([])

async def instant():
    return await Ready()

try:
    instant().send(None)
except StopIteration as s:
    print("no suspension, value:", s.value)
