# A learner forgets the parameters: the colon comes while '(' is still
# open. CPython's parser fails at the colon before its tokenizer reaches
# the end of the file, so this is "invalid syntax", not "never closed".
import asyncio


async def main(:
    await asyncio.sleep(1)


asyncio.run(main())
