# asyncio_wait_for.py — wait_for: result in time, TimeoutError on expiry (the inner task is cancelled).
import asyncio


async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    finally:
        print("slow cleanup")


async def main():
    print(await asyncio.wait_for(slow(0.02), timeout=0.2))
    try:
        await asyncio.wait_for(slow(0.5), timeout=0.06)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, isinstance(e, TimeoutError))
    task = asyncio.create_task(slow(0.5))
    try:
        await asyncio.wait_for(task, 0.04)
    except TimeoutError:
        print("task cancelled by wait_for:", task.cancelled())
    print(await asyncio.wait_for(slow(0.02), timeout=None))


asyncio.run(main())
