# Checks: `await` inside a plain def (not async def) is a SyntaxError: 'await' outside async function, reported before anything runs.
# clock: virtual
import asyncio

async def fetch():
    return 1

def not_async():
    print("실행되지 않음")
    value = await fetch()
    return value

print(not_async())
