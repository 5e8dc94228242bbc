# asyncio_lock.py — Lock: mutual exclusion across awaits, FIFO hand-off, locked(), acquire/release by hand.
import asyncio

lock = None


async def critical(name, hold):
    print(name, "waiting")
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(hold)
        print(name, "releasing")


async def main():
    global lock
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())
    await asyncio.gather(critical("a", 0.04), critical("b", 0.02), critical("c", 0.02))
    await lock.acquire()
    print("locked by hand:", lock.locked())
    lock.release()
    print("released:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
