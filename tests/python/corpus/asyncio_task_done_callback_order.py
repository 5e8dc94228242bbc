# asyncio_task_done_callback_order.py — a task awaiting another resumes one loop iteration after it finishes.
import asyncio

log = []


async def spinner():
    for i in range(5):
        log.append(f"spin {i}")
        await asyncio.sleep(0)


async def producer():
    log.append("producer step 1")
    await asyncio.sleep(0)
    log.append("producer finishing")
    return 1


async def waiter(t):
    log.append("waiter starts awaiting")
    value = await t
    log.append(f"waiter resumed with {value}")


async def main():
    s = asyncio.create_task(spinner())
    p = asyncio.create_task(producer())
    w = asyncio.create_task(waiter(p))
    await asyncio.gather(s, p, w)
    log.append("main resumed after gather")
    for line in log:
        print(line)


asyncio.run(main())
