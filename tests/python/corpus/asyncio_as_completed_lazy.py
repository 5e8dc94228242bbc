# asyncio_as_completed_lazy.py — as_completed is a generator, as CPython's: nothing runs until the first next(),
# each awaitable is made when it is asked for, and leaving the loop early leaves no unawaited coroutine behind.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    it = asyncio.as_completed([job("x", 0.01)])
    print(type(it).__name__, len(asyncio.all_tasks()))
    first = next(it)
    print("after next:", len(asyncio.all_tasks()))
    print(await first)
    print(list(it))
    for fut in asyncio.as_completed([job("slow", 0.08), job("fast", 0.02), job("mid", 0.05)]):
        print("first done:", await fut)
        break
    await asyncio.sleep(0.1)
    try:
        for fut in asyncio.as_completed(asyncio.get_running_loop().create_future()):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print("end")


asyncio.run(main())
