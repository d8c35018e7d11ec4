# Checks: the docs' worker-pool pattern: three workers share a Queue, join() waits, then the workers are cancelled and gathered.
# clock: virtual
import asyncio

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append(name)
        print(f'{name} has slept for {sleep_for:.2f} seconds')

async def main():
    queue = asyncio.Queue()
    total = 0
    for d in (0.5, 1.25, 0.75, 1.0, 0.25, 1.5, 0.5):
        total += d
        queue.put_nowait(d)
    log = []
    tasks = [asyncio.create_task(worker(f'worker-{i}', queue, log)) for i in range(3)]
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    await queue.join()
    elapsed = loop.time() - started_at
    for task in tasks:
        task.cancel()
    print(await asyncio.gather(*tasks, return_exceptions=True))
    print('====')
    print(f'3 workers slept in parallel for {elapsed:.2f} seconds')
    print(f'total expected sleep time: {total:.2f} seconds')

asyncio.run(main())
