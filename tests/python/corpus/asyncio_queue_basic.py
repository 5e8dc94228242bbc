# asyncio_queue_basic.py — Queue: FIFO, maxsize, put_nowait/get_nowait, QueueEmpty/QueueFull, qsize/empty/full.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    await q.put("b")
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    unbounded = asyncio.Queue()
    for i in range(5):
        unbounded.put_nowait(i)
    print(unbounded.qsize(), unbounded.full(), [unbounded.get_nowait() for _ in range(5)])

    async def late_put():
        await asyncio.sleep(0.02)
        print("putting x")
        await q.put("x")

    asyncio.create_task(late_put())
    print("get waits for the put:", await q.get())
    q.put_nowait(1)
    q.put_nowait(2)

    async def blocked_put():
        print("put blocks while full")
        await q.put(3)
        print("put completed")

    t = asyncio.create_task(blocked_put())
    await asyncio.sleep(0.02)
    print("got", q.get_nowait(), "qsize", q.qsize())
    await t
    print([q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
