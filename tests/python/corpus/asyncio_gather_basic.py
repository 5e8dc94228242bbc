# asyncio_gather_basic.py — gather returns results in argument order, whatever the completion order.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name * 2


async def main():
    results = await asyncio.gather(fetch("a", 0.1), fetch("b", 0.02), fetch("c", 0.06))
    print(results)
    empty = await asyncio.gather()
    print(empty)
    task = asyncio.create_task(fetch("t", 0.04))
    mixed = await asyncio.gather(task, fetch("u", 0.02))
    print(mixed)


asyncio.run(main())
