# Checks: the TypeError of `with`/`async with` on objects that lack the protocol,
# or only half of it (CPython 3.11 names the missing exit method).
# clock: virtual
import asyncio


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyAenter:
    async def __aenter__(self):
        return self


for thing in [42, OnlyEnter()]:
    try:
        with thing:
            print("inside")
    except TypeError as e:
        print("TypeError:", e)


async def main():
    for thing in [OnlyEnter(), OnlyAenter(), "text"]:
        try:
            async with thing:
                print("inside")
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
