# asyncio_producer_consumer.py — a producer and two consumers over a Queue with task_done/join and sentinels.
# Event times (s): puts 0.03 0.06 0.09 0.12; c0 (0.15 per item) 0.03-0.18-0.33-0.48; c1 (0.6) 0.06-0.66.
# Gaps of 60 ms or more: chains of sleeps accumulate CPython's real-time overshoot on a loaded machine.
import asyncio


async def producer(q, count):
    for i in range(count):
        await asyncio.sleep(0.03)
        await q.put(f"item{i}")
        print("produced", f"item{i}", "qsize", q.qsize())


async def consumer(q, name, cost, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stops")
            break
        print(name, "took", item)
        await asyncio.sleep(cost)
        results.append((name, item))
        print(name, "finished", item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    consumers = [asyncio.create_task(consumer(q, "c0", 0.15, results)),
                 asyncio.create_task(consumer(q, "c1", 0.6, results))]
    await producer(q, 4)
    await q.join()
    print("all items processed:", len(results))
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(results)


asyncio.run(main())
