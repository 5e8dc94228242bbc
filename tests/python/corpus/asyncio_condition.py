# asyncio_condition.py — Condition: wait/notify/notify_all under the lock, wait_for with a predicate.
import asyncio

items = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "took", items.pop(0))


async def listener(cond, name):
    async with cond:
        await cond.wait()
        print(name, "notified")


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(2)]
    await asyncio.sleep(0.02)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0.02)
    async with cond:
        items.append("second")
        cond.notify()
    await asyncio.gather(*consumers)
    listeners = [asyncio.create_task(listener(cond, f"l{i}")) for i in range(3)]
    await asyncio.sleep(0.02)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.02)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*listeners)
    print("locked:", cond.locked())


asyncio.run(main())
