# asyncio_loop_time.py — loop.time() moves only by the sleeps (each segment measured on its own, truncated to
# 0.1 s), and concurrent sleeps overlap: gathering 0.2, 0.1 and 0.3 takes 0.3.
import asyncio


def tenths(seconds):
    """Elapsed seconds truncated to 0.1 s: CPython's real-time sleeps overshoot a little, never undershoot."""
    return int(seconds * 10 + 0.001) / 10


async def main():
    loop = asyncio.get_running_loop()
    segments = []
    t = loop.time()
    await asyncio.sleep(0.1)
    segments.append(tenths(loop.time() - t))
    print("sleep(0.1) took", segments[-1])
    t = loop.time()
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.1), asyncio.sleep(0.3))
    segments.append(tenths(loop.time() - t))
    print("gather of 0.2, 0.1, 0.3 took", segments[-1])
    t = loop.time()
    await asyncio.sleep(0.2)
    segments.append(tenths(loop.time() - t))
    print("sleep(0.2) took", segments[-1])
    print("in all:", round(sum(segments), 1), "loop.time() is a float:", isinstance(loop.time(), float))


asyncio.run(main())
