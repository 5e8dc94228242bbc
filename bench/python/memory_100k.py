# memory_100k.py — benchmark: N = 100,000 tasks sleeping at once (0.05 s each); run.sh reads the peak RSS and
# also runs this script with N = 1,000 (by substitution) to get bytes per sleeping task from the difference.
import asyncio

N = 100_000


async def sleeper():
    await asyncio.sleep(0.05)


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(N)]
    await asyncio.gather(*tasks)
    print(len(tasks), "tasks slept")


asyncio.run(main())
