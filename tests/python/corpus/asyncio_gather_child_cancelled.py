# asyncio_gather_child_cancelled.py — a child of gather is cancelled: gather raises CancelledError, or with
# return_exceptions=True the CancelledError becomes one of the results.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    victim = asyncio.create_task(work("victim", 0.5))
    other = asyncio.create_task(work("other", 0.04))
    asyncio.get_running_loop().call_later(0.02, victim.cancel)
    results = await asyncio.gather(victim, other, return_exceptions=True)
    print([type(r).__name__ for r in results])
    victim = asyncio.create_task(work("victim2", 0.5))
    survivor = asyncio.create_task(work("survivor", 0.2))
    asyncio.get_running_loop().call_later(0.02, victim.cancel)
    try:
        await asyncio.gather(victim, survivor)
    except asyncio.CancelledError:
        print("gather raised CancelledError; survivor done?", survivor.done())
    print(await survivor)


asyncio.run(main())
