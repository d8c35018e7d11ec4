# clock: virtual
# Task steps at their edges: a cancel that lands after the awaited
# future finished but before the task woke, a task that swallows its
# cancellation and returns, current_task() in every step, a task awaiting
# another task, SystemExit raised inside a task, and a bare yield.
import asyncio
import types


@types.coroutine
def bare_yield():
    yield


async def nap(label, delay):
    print(label, "starts in", asyncio.current_task().get_name())
    await asyncio.sleep(delay)
    print(label, "wakes in", asyncio.current_task().get_name())
    return label.upper()


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, returning anyway")
        return "kept going"


async def late_cancel_target(fut):
    value = await fut
    print("late target got", value)   # never printed: the cancel wins
    return value


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(nap("a", 0.2), name="A")
    b = asyncio.create_task(nap("b", 0.1), name="B")
    print(await a, await b)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn result:", await t, t.cancelled())

    fut = loop.create_future()
    victim = asyncio.create_task(late_cancel_target(fut))
    await asyncio.sleep(0)
    fut.set_result("too late")
    victim.cancel("cancelled after the result")
    try:
        await victim
    except asyncio.CancelledError as e:
        print("victim:", e.args, victim.cancelled())

    async def waits_for(other):
        return "saw " + await other
    print(await asyncio.create_task(waits_for(asyncio.create_task(nap("c", 0.05)))))

    async def yields_bare():
        for i in range(3):
            print("bare yield", i)
            await bare_yield()
        return "done yielding"
    print(await asyncio.gather(yields_bare(), nap("d", 0)))

    async def exits():
        raise SystemExit(3)
    try:
        await asyncio.create_task(exits())
    except SystemExit as e:
        print("SystemExit from a task:", e.code)


try:
    asyncio.run(main())
except SystemExit as e:
    print("run ended with SystemExit", e.code)
