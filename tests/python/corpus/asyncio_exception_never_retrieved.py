# asyncio_exception_never_retrieved.py — a task whose exception nobody retrieves: asyncio logs it on stderr.
# corpus: stderr_contains Task exception was never retrieved
import asyncio


async def fails():
    raise ValueError("nobody looks at me")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.02)
    print("main done")


asyncio.run(main())
print("after run")
