# asyncio_cancel_propagation.py — cancelling a task that awaits another cancels the inner one; gather cancels all.
import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise
    finally:
        print(name, "finally")


async def middle():
    try:
        await leaf("leaf")
    finally:
        print("middle finally")


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("middle task cancelled:", t.cancelled())
    g = asyncio.gather(leaf("g1"), leaf("g2"))
    await asyncio.sleep(0.02)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t2 = asyncio.create_task(leaf("msg"))
    await asyncio.sleep(0.02)
    t2.cancel("with a message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)


asyncio.run(main())
