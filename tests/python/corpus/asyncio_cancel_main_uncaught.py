# asyncio_cancel_main_uncaught.py — awaiting a cancelled task without handling: CancelledError ends asyncio.run.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.02)
    t.cancel()
    print("awaiting the cancelled task")
    await t


asyncio.run(main())
