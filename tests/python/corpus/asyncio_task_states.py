# asyncio_task_states.py — a task's result()/exception() in each state: pending, done, failed, cancelled.
import asyncio


async def ok():
    await asyncio.sleep(0.02)
    return "value"


async def bad():
    await asyncio.sleep(0.02)
    raise ValueError("bad value")


async def main():
    t = asyncio.create_task(ok())
    for name, method in (("result", t.result), ("exception", t.exception)):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("pending:", name, "->", type(e).__name__, e)
    await t
    print("done:", t.done(), t.cancelled(), t.result(), t.exception())
    f = asyncio.create_task(bad())
    await asyncio.wait([f])
    print("failed:", f.done(), f.cancelled(), repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result() re-raises:", e)
    c = asyncio.create_task(ok())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.wait([c])
    print("cancelled:", c.done(), c.cancelled())
    for name, method in (("result", c.result), ("exception", c.exception)):
        try:
            method()
        except asyncio.CancelledError:
            print(name, "-> CancelledError")
    early = asyncio.create_task(ok())
    print("cancel before it ran:", early.cancel())
    await asyncio.sleep(0)
    print("cancelled before starting:", early.cancelled())


asyncio.run(main())
