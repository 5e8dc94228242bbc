# lang_async_with_for.py — async with (__aenter__/__aexit__) and async for (__aiter__/__anext__) on user classes.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.02)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.02)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


class Ticker:
    def __init__(self, count):
        self.count = count
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(0.02)
        self.i += 1
        return self.i


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    try:
        async with Connection("flaky"):
            raise ValueError("oops")
    except ValueError as e:
        print("caught", e)
    async for n in Ticker(3):
        print("tick", n)
    total = 0
    async for n in Ticker(4):
        if n == 3:
            break
        total += n
    print("total", total)


asyncio.run(main())
