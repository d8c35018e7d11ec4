# Checks: `await` outside an async function is a SyntaxError reported before anything runs.
async def hello_world():
    print("hello world")

print("이 줄도 실행되지 않는다")
await hello_world()
