# asyncio_wait_for_cancel_outer.py — cancelling a task that sits in wait_for cancels the inner awaitable too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=0.5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.04)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancellation:", t.cancelled())
    print(await asyncio.wait_for(asyncio.sleep(0.02, result="zero timeout not needed"), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(0.02), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 expires at once")


asyncio.run(main())
