# yield_10k_x100.py — benchmark: 10,000 tasks, each doing 100 `await asyncio.sleep(0)` (1,000,000 switches).
import asyncio

TASKS = 10_000
YIELDS = 100


async def spinner():
    for _ in range(YIELDS):
        await asyncio.sleep(0)
    return 1


async def main():
    results = await asyncio.gather(*(spinner() for _ in range(TASKS)))
    print(sum(results) * YIELDS, "switches")


asyncio.run(main())
