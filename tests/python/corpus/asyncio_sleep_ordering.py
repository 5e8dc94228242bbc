# asyncio_sleep_ordering.py — tasks finish in the order of their delays, not their creation order.
import asyncio

order = []


async def job(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    print(f"{name} done after {delay}")


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.12), ("fast", 0.02), ("mid", 0.06), ("zero", 0)]]
    for t in tasks:
        await t
    print(order)


asyncio.run(main())
