# asyncio_producer_consumer.py — a producer and two consumers over a Queue with task_done/join and sentinels.
# Event times (s): puts 0.04 0.08 0.12 0.16; c0 (0.1 per item) 0.04-0.14, 0.14-0.24, 0.24-0.34; c1 (0.2) 0.08-0.28.
import asyncio


async def producer(q, count):
    for i in range(count):
        await asyncio.sleep(0.04)
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
    consumers = [asyncio.create_task(consumer(q, "c0", 0.1, results)),
                 asyncio.create_task(consumer(q, "c1", 0.2, results))]
    await producer(q, 4)
    await q.join()
    print("all items processed:", len(results))
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(results)


asyncio.run(main())
