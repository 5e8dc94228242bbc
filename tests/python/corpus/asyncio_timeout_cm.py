# asyncio_timeout_cm.py — asyncio.timeout (3.11): TimeoutError on expiry, no error in time, reschedule, expired().
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.04):
            await asyncio.sleep(0.2)
            print("never printed")
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(0.2) as cm:
        await asyncio.sleep(0.02)
        print("finished in time")
    print("expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.02)
        print("no deadline:", cm.when())
    try:
        async with asyncio.timeout(0.02) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.08)
            await asyncio.sleep(0.04)
            print("rescheduled deadline not reached yet")
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("timed out after reschedule, expired:", cm.expired())
    try:
        async with asyncio.timeout(0.04):
            try:
                await asyncio.sleep(1)
            finally:
                print("inner finally runs on timeout")
    except TimeoutError as e:
        print("caught", type(e).__name__)


asyncio.run(main())
