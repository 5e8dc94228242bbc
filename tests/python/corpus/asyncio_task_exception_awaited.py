# asyncio_task_exception_awaited.py — a task's exception re-raised where it is awaited, caught there; then uncaught.
import asyncio


async def risky(n):
    await asyncio.sleep(0.02)
    if n == 2:
        raise KeyError(f"item {n}")
    return n * 10


async def main():
    t = asyncio.create_task(risky(1))
    print(await t)
    bad = asyncio.create_task(risky(2))
    try:
        await bad
    except KeyError as e:
        print("caught from task:", repr(e), bad.done(), repr(bad.exception()))
    again = asyncio.create_task(risky(2))
    await asyncio.sleep(0.06)
    print("task failed while nobody awaited it:", again.done())
    await again


asyncio.run(main())
