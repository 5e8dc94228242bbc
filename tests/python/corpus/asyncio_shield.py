# asyncio_shield.py — shield: cancelling the outer await leaves the inner task running to completion.
import asyncio


async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.04)
    except asyncio.TimeoutError:
        print("outer wait timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    waiter = asyncio.shield(important())
    await asyncio.sleep(0.02)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("the shield's waiter was cancelled")
    await asyncio.sleep(0.3)
    print("done")


asyncio.run(main())
