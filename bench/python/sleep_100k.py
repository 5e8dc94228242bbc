# sleep_100k.py — benchmark: 100,000 tasks each awaiting asyncio.sleep(random.randint(0, 2) * 0.001), gathered.
import asyncio
import random

N = 100_000


async def sleeper(i):
    await asyncio.sleep(random.randint(0, 2) * 0.001)
    return i


async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(N)))
    print(len(results), sum(results))


random.seed(1)
asyncio.run(main())
