# asyncio_blocking_mistake.py — time.sleep inside a coroutine blocks the whole loop: the order shows it.
import asyncio
import time


async def blocker():
    print("blocker starts, blocking the loop")
    time.sleep(0.1)
    print("blocker ends")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.02)


async def main():
    t0 = time.monotonic()
    await asyncio.gather(ticker(), blocker())
    print("elapsed at least 0.1:", time.monotonic() - t0 >= 0.1)


asyncio.run(main())
