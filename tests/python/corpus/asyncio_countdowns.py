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
    # Wake-ups of A: 0.08 0.16 0.24; of B: 0.2 0.4 (40 ms or more apart: chains of sleeps drift in real time).
    first = await asyncio.gather(countdown("A", 3, 0.08), countdown("B", 2, 0.2))
    print("finished:", first)


asyncio.run(main())
