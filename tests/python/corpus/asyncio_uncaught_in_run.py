# asyncio_uncaught_in_run.py — an exception escaping the main coroutine ends asyncio.run with a traceback, exit 1.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0.02)
    return a / b


async def main():
    print(await divide(1, 2))
    print(await divide(1, 0))


asyncio.run(main())
