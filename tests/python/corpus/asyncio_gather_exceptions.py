# asyncio_gather_exceptions.py — gather: the first exception propagates (others keep running), return_exceptions=True.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name)
    return name


async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("failing", msg)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok("a", 0.02), fail("bad", 0.04), ok("b", 0.06), return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])
    try:
        await asyncio.gather(ok("c", 0.3), fail("boom", 0.02))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.4)
    print("c kept running after gather raised")


asyncio.run(main())
