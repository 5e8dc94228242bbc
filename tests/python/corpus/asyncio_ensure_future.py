# asyncio_ensure_future.py — ensure_future on a coroutine (new task), on a task (the same task), on a future.
import asyncio


async def value(v):
    await asyncio.sleep(0.02)
    return v


async def main():
    t = asyncio.ensure_future(value(1))
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(asyncio.ensure_future(t) is t)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut, isinstance(fut, asyncio.Task))
    fut.set_result("future value")
    print(await t, await fut)
    t2 = asyncio.create_task(value(2))
    print(await asyncio.ensure_future(t2))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
