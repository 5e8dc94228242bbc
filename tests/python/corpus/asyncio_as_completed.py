# asyncio_as_completed.py — as_completed yields awaitables in completion order; with a timeout.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("slow", 0.1), job("fast", 0.02), job("mid", 0.06)]
    for fut in asyncio.as_completed(coros):
        print("completed:", await fut)
    try:
        for fut in asyncio.as_completed([job("a", 0.02), job("never", 0.5)], timeout=0.08):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
