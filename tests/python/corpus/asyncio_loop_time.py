# asyncio_loop_time.py — loop.time() moves only by the sleeps (printed rounded), concurrent sleeps overlap.
import asyncio


def tenths(seconds):
    """Elapsed seconds truncated to 0.1 s: CPython's real-time sleeps overshoot a little, never undershoot."""
    return int(seconds * 10 + 0.001) / 10


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    print("after 0.1:", tenths(loop.time() - t0))
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.1), asyncio.sleep(0.3))
    print("after concurrent 0.3:", tenths(loop.time() - t0))
    await asyncio.sleep(0.2)
    print("after 0.2 more:", tenths(loop.time() - t0))


asyncio.run(main())
