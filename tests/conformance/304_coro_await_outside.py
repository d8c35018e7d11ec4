# Checks: `await` at module level (outside any function) is a SyntaxError reported before anything runs.
import asyncio

async def hello_world():
    print("hello world")

print("이 줄은 실행되지 않는다")
await hello_world()
