# asyncio_create_task_order.py — create_task runs nothing until the creator awaits; tasks start in creation order.
import asyncio


async def worker(name):
    print(name, "started")
    await asyncio.sleep(0)
    print(name, "resumed")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a"))
    t2 = asyncio.create_task(worker("b"))
    print("tasks created, none started yet")
    print("creator still running")
    await asyncio.sleep(0)
    print("creator after one yield")
    r2 = await t2
    r1 = await t1
    print(r1, r2)
    t3 = asyncio.ensure_future(worker("c"))
    print("ensure_future returned a task:", isinstance(t3, asyncio.Task))
    print(await t3)


asyncio.run(main())
