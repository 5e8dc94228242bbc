# asyncio_run_in_running_loop.py — asyncio.run inside a running loop: RuntimeError, and the coroutine is never awaited.
# corpus: stderr_contains RuntimeWarning: coroutine 'inner' was never awaited
import asyncio


async def inner():
    return 1


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main continues:", await inner())


asyncio.run(main())
