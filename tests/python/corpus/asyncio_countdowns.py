# asyncio_countdowns.py — the classic teaching demo: two countdowns at different paces interleave on one loop.
import asyncio


async def countdown(name, n, pace):
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(pace)
        n -= 1
    print(f"{name}: liftoff!")
    return name


async def main():
    # Wake-ups of A: 0.12 0.24 0.36; of B: 0.3 0.6 (60 ms or more apart: chains of sleeps drift in real time).
    first = await asyncio.gather(countdown("A", 3, 0.12), countdown("B", 2, 0.3))
    print("finished:", first)


asyncio.run(main())
