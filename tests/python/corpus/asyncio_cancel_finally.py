# asyncio_cancel_finally.py — cancelling a task: CancelledError at its await, finally blocks, cancelled(), cancel().
import asyncio


async def worker():
    print("worker started")
    try:
        await asyncio.sleep(1)
        print("never printed")
    finally:
        print("worker finally")


async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallower caught CancelledError and returns")
        return "ignored the cancel"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.02)
    print("cancel() returns", t.cancel())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done(), "cancel again:", t.cancel())
    s = asyncio.create_task(swallower())
    await asyncio.sleep(0.02)
    s.cancel()
    print(await s, s.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))


asyncio.run(main())
