# asyncio_queue_join.py — Queue.join waits for task_done on every item; task_done too often raises ValueError.
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print("processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in [0.06, 0.02, 0.04]:
        q.put_nowait(d)
    w = asyncio.create_task(worker(q))
    await q.join()
    print("join returned, empty:", q.empty())
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
