# Checks: an exception escaping main() prints a traceback through asyncio.run's frames (runners.py, base_events.py) down to the coroutine.
# clock: virtual
import asyncio

async def load_config(name):
    await asyncio.sleep(1)
    config = {"port": 8080}
    return config[name]

async def main():
    print("설정 읽는 중")
    port = await load_config("port")
    host = await load_config("host")
    print(host, port)

asyncio.run(main())
