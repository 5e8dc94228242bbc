# asyncio_many_tasks_slices.py — 20,000 tasks: a run longer than one of the CLI's instruction slices (2**20)
# must still finish (a task parked at a slice's end once made the loop re-park it forever).
import asyncio


async def worker(i):
    await asyncio.sleep((i % 3) * 0.02)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(20_000)))
    print(len(results), sum(results), results[:3], results[-1])


asyncio.run(main())
