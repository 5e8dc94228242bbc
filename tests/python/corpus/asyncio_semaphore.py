# asyncio_semaphore.py — Semaphore limits concurrency to 2; BoundedSemaphore refuses an extra release.
import asyncio


async def limited(sem, name, delay, active):
    async with sem:
        active.append(name)
        print(name, "running with", sorted(active))
        await asyncio.sleep(delay)
        active.remove(name)
    print(name, "left")


async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(limited(sem, n, d, active) for n, d in [("a", 0.3), ("b", 0.04), ("c", 0.02), ("d", 0.02)]))
    print("locked:", sem.locked())
    s1 = asyncio.Semaphore(1)
    await s1.acquire()
    print("after acquire, locked:", s1.locked())
    s1.release()
    s1.release()
    print("plain Semaphore allows extra release, locked:", s1.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
