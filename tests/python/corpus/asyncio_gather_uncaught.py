# asyncio_gather_uncaught.py — an exception propagating through gather out of asyncio.run: traceback, exit 1.
import asyncio


async def boom():
    await asyncio.sleep(0.02)
    raise RuntimeError("task exploded")


async def fine():
    await asyncio.sleep(0.3)  # cancelled by asyncio.run when main fails at 0.02
    print("fine finished")


async def main():
    await asyncio.gather(fine(), boom())


asyncio.run(main())
