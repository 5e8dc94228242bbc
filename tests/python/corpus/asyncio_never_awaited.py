# asyncio_never_awaited.py — a coroutine called but never awaited: CPython's RuntimeWarning on stderr, exit 0.
# corpus: stderr_contains RuntimeWarning: coroutine 'work' was never awaited
import asyncio


async def work():
    print("never printed")


async def main():
    work()
    await asyncio.sleep(0.02)
    print("main done")


asyncio.run(main())
